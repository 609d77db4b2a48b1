/**
 * What the service worker does, apart from its event wiring (worker.ts): fill this build's
 * cache, keep the previous build's cache so tabs still running it keep working, and answer
 * requests from the caches. Written against the standard Cache Storage and fetch APIs,
 * passed in, so the unit tests run it on an in-memory Cache Storage.
 */
import {bundleLine, inIndexFolder, splitLines} from '../search/format';
import {CACHE_PREFIX, MANIFEST_KEY, candidateFiles, isNetworkOnly, relativePath, type PrecacheEntry, type PrecacheManifest} from './routes';

export interface PrecacheEnv {
  caches: CacheStorage;
  fetch: (req: Request) => Promise<Response>;
  /** The worker's scope: the site's base URL, absolute, ending in "/". */
  scope: string;
  /** SHA-256 of a body as lowercase hex. */
  sha256: (data: ArrayBuffer) => Promise<string>;
}

interface StoredManifest extends PrecacheManifest {
  /** When this cache was completed (ms since epoch): the newest two builds are kept. */
  completedAt: number;
}

interface KnownBuild {
  name: string;
  manifest: StoredManifest;
  revs: Map<string, string>;
}

/**
 * How many files download at once during install: half of HTTP/1.1's six connections per
 * host, so a first visit's own requests (the agent's first search) are not queued behind it.
 */
const PARALLEL = 3;

export const cacheName = (m: PrecacheManifest): string => CACHE_PREFIX + m.revision;

export class Precacher {
  constructor(
    private readonly manifest: PrecacheManifest,
    private readonly env: PrecacheEnv,
  ) {}

  /** The cache key of a build file: its URL below the scope, every path segment encoded. */
  keyFor(rel: string): string {
    return this.env.scope + rel.split('/').map(encodeURIComponent).join('/');
  }

  /** Whether this build's cache is complete (its manifest is written last). */
  async isComplete(): Promise<boolean> {
    if (!(await this.env.caches.has(cacheName(this.manifest)))) return false;
    const cache = await this.env.caches.open(cacheName(this.manifest));
    return Boolean(await cache.match(this.keyFor(MANIFEST_KEY)));
  }

  /**
   * Fills this build's cache. A file another build already cached with the same content
   * hash is copied, not downloaded; every download is checked against the hash, so a
   * half-deployed site (new worker, old files) fails the install instead of mixing
   * builds, and the browser tries again at the next update check.
   */
  async install(onProgress?: (done: number, total: number) => void): Promise<void> {
    const cache = await this.env.caches.open(cacheName(this.manifest));
    const known = await this.completeBuilds();
    const entries = this.manifest.entries;
    let done = 0;
    let next = 0;
    const work = async () => {
      while (next < entries.length) {
        const entry = entries[next++]!;
        await this.cacheEntry(cache, entry, known);
        done++;
        onProgress?.(done, entries.length);
      }
    };
    await Promise.all(Array.from({length: Math.min(PARALLEL, entries.length)}, work));
    const stored: StoredManifest = {...this.manifest, completedAt: Date.now()};
    await cache.put(this.keyFor(MANIFEST_KEY), new Response(JSON.stringify(stored), {headers: {'content-type': 'application/json'}}));
  }

  /** Deletes the caches of every build except this one and the newest other complete one. */
  async activate(): Promise<string[]> {
    const mine = cacheName(this.manifest);
    const others = (await this.completeBuilds()).filter((b) => b.name !== mine);
    const keep = new Set([mine, ...others.slice(0, 1).map((b) => b.name)]);
    const names = (await this.env.caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX) && !keep.has(n));
    await Promise.all(names.map((n) => this.env.caches.delete(n)));
    return [...keep];
  }

  /**
   * The cached response for a GET request, or null when none of our caches has it: this
   * build's cache first, then the previous build's, which serves tabs still running it.
   */
  async match(url: string): Promise<Response | null> {
    const rel = this.relative(url);
    if (rel === null || isNetworkOnly(rel)) return null;
    const keys = candidateFiles(rel).map((f) => this.keyFor(f));
    const mine = cacheName(this.manifest);
    const others = (await this.env.caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX) && n !== mine);
    for (const name of [mine, ...others]) {
      if (!(await this.env.caches.has(name))) continue;
      const cache = await this.env.caches.open(name);
      for (const key of keys) {
        const hit = await cache.match(key);
        if (hit) return hit;
      }
    }
    return this.fromBundle(rel);
  }

  /** Split bundles kept in memory while the worker lives: a query asks for several files of one bundle. */
  private bundles = new Map<string, Promise<Uint8Array[] | null>>();

  /**
   * A search-index shard or chunk from the cached warm-up bundle that holds it (the build
   * precaches the bundle, not the file twice): the bundle's line, as the file's body.
   */
  private async fromBundle(rel: string): Promise<Response | null> {
    const at = inIndexFolder(rel);
    const where = at && bundleLine(at.file);
    if (!where) return null;
    const path = at.folder + where.bundle;
    let lines = this.bundles.get(path);
    if (!lines) {
      lines = this.match(this.keyFor(path)).then(async (res) => (res ? (splitLines(new Uint8Array(await res.arrayBuffer())) as Uint8Array[]) : null));
      // A few at most (the site's index has three bundles); the oldest goes first.
      if (this.bundles.size >= 4) this.bundles.delete(this.bundles.keys().next().value!);
      this.bundles.set(path, lines);
      // A bundle not cached (yet) is looked up again next time.
      const forget = () => void this.bundles.delete(path);
      lines.then((l) => l || forget(), forget);
    }
    const line = (await lines.catch(() => null))?.[where.line];
    return line ? new Response(line.slice(), {status: 200, headers: {'content-type': 'application/json; charset=utf-8'}}) : null;
  }

  /** The path below the scope, or null for other origins and paths outside the site. */
  relative(url: string): string | null {
    const u = new URL(url);
    const scope = new URL(this.env.scope);
    if (u.origin !== scope.origin) return null;
    return relativePath(u.pathname, scope.pathname);
  }

  /** Complete caches of builds (this one included once complete), newest first. */
  private async completeBuilds(): Promise<KnownBuild[]> {
    const out: KnownBuild[] = [];
    for (const name of await this.env.caches.keys()) {
      if (!name.startsWith(CACHE_PREFIX)) continue;
      const res = await (await this.env.caches.open(name)).match(this.keyFor(MANIFEST_KEY));
      if (!res) continue;
      try {
        const manifest = (await res.json()) as StoredManifest;
        out.push({name, manifest, revs: new Map(manifest.entries.map((e) => [e.url, e.rev]))});
      } catch {
        // An unreadable manifest: the cache is treated as incomplete and cleaned up.
      }
    }
    return out.sort((a, b) => b.manifest.completedAt - a.manifest.completedAt);
  }

  private async cacheEntry(cache: Cache, entry: PrecacheEntry, known: KnownBuild[]) {
    const key = this.keyFor(entry.url);
    for (const build of known) {
      if (build.revs.get(entry.url) !== entry.rev) continue;
      const old = await (await this.env.caches.open(build.name)).match(key);
      if (old) {
        await cache.put(key, old);
        return;
      }
    }
    // An interrupted earlier install of this same build may have stored it already.
    if (await cache.match(key)) return;
    const res = await this.env.fetch(new Request(key, {cache: 'no-cache', credentials: 'same-origin'}));
    if (!res.ok) throw new Error(`precache: ${entry.url} answered HTTP ${res.status}`);
    const body = await res.arrayBuffer();
    const rev = (await this.env.sha256(body)).slice(0, entry.rev.length);
    if (rev !== entry.rev) throw new Error(`precache: ${entry.url} is not the file this build lists (hash ${rev}, expected ${entry.rev})`);
    // Rebuilt rather than stored as fetched: a redirected response cannot answer a navigation.
    const headers = new Headers(res.headers);
    await cache.put(key, new Response(body, {status: 200, statusText: 'OK', headers}));
  }
}

/** The page a navigation gets when it is neither cached nor reachable. Chinese, no scripts. */
export function offlinePage(homeUrl: string): Response {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>网络已断开</title>
<style>body{font-family:system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;max-width:36rem;margin:15vh auto;padding:0 1rem;color:#1c1e21;background:#fff;line-height:1.7}a{color:#0a524d}@media (prefers-color-scheme:dark){body{color:#e3e3e3;background:#1b1b1d}a{color:#76e4d6}}</style></head>
<body><main><h1>网络已断开</h1><p>这个页面还没有保存到本机，联网后才能打开。已经保存的页面可以照常使用。</p><p><a href="${homeUrl}">返回首页</a></p></main></body></html>`;
  return new Response(html, {status: 503, headers: {'content-type': 'text/html; charset=utf-8'}});
}
