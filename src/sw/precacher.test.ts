import crypto from 'node:crypto';
import {beforeEach, describe, expect, it} from 'vitest';
import {Precacher, cacheName, offlinePage, type PrecacheEnv} from './precacher';
import {CACHE_PREFIX, type PrecacheManifest} from './routes';

/** Cache Storage in memory, enough of it for the worker's logic. */
class MemoryCache {
  readonly store = new Map<string, {body: ArrayBuffer; headers: [string, string][]; status: number}>();
  async match(key: string | Request): Promise<Response | undefined> {
    const hit = this.store.get(typeof key === 'string' ? key : key.url);
    return hit && new Response(hit.body.slice(0), {status: hit.status, headers: hit.headers});
  }
  async put(key: string | Request, res: Response): Promise<void> {
    const headers: [string, string][] = [];
    res.headers.forEach((v, k) => headers.push([k, v]));
    this.store.set(typeof key === 'string' ? key : key.url, {body: await res.arrayBuffer(), headers, status: res.status});
  }
  async keys(): Promise<Request[]> {
    return [...this.store.keys()].map((k) => new Request(k));
  }
}
class MemoryCacheStorage {
  readonly map = new Map<string, MemoryCache>();
  async open(name: string) {
    if (!this.map.has(name)) this.map.set(name, new MemoryCache());
    return this.map.get(name)!;
  }
  async has(name: string) {
    return this.map.has(name);
  }
  async delete(name: string) {
    return this.map.delete(name);
  }
  async keys() {
    return [...this.map.keys()];
  }
}

const SCOPE = 'https://kb.example.com/';
const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex').slice(0, 16);

function manifestOf(files: Record<string, string>, revision: string): PrecacheManifest {
  return {revision, build: `test@${revision}`, entries: Object.entries(files).map(([url, body]) => ({url, rev: sha(body), bytes: body.length}))};
}

let storage: MemoryCacheStorage;
let server: Record<string, string>;
let fetched: string[];

function env(): PrecacheEnv {
  return {
    caches: storage as unknown as CacheStorage,
    scope: SCOPE,
    fetch: async (req) => {
      fetched.push(req.url);
      const rel = decodeURIComponent(req.url.slice(SCOPE.length));
      const body = server[rel];
      return body === undefined ? new Response('not found', {status: 404}) : new Response(body, {headers: {'content-type': 'text/html'}});
    },
    sha256: async (data) => crypto.createHash('sha256').update(Buffer.from(data)).digest('hex'),
  };
}

const text = async (r: Response | null) => (r ? r.text() : null);

beforeEach(() => {
  storage = new MemoryCacheStorage();
  fetched = [];
  server = {
    'index.html': '<h1>首页</h1>',
    'qa.html': '<h1>问答手册</h1>',
    'docs/index.html': '<h1>文档</h1>',
    'docs/退货.html': '<h1>退货</h1>',
    'assets/js/main.aaa.js': 'main-1',
    'kb-index/h1/meta.json': '{"v":1}',
  };
});

describe('Precacher.install', () => {
  it('downloads every listed file, checks it, and marks the cache complete last', async () => {
    const m = manifestOf(server, 'r1');
    const p = new Precacher(m, env());
    expect(await p.isComplete()).toBe(false);
    const progress: number[] = [];
    await p.install((done) => progress.push(done));
    expect(await p.isComplete()).toBe(true);
    expect(fetched).toHaveLength(6);
    expect(progress.at(-1)).toBe(6);
    expect(await text(await p.match(`${SCOPE}kb-index/h1/meta.json`))).toBe('{"v":1}');
  });

  it('downloads three files at a time, leaving the page half of HTTP/1.1’s six connections', async () => {
    const slow = env();
    let open = 0;
    let most = 0;
    const fetchOne = slow.fetch;
    slow.fetch = async (req) => {
      most = Math.max(most, ++open);
      await new Promise((r) => setTimeout(r, 5));
      open--;
      return fetchOne(req);
    };
    await new Precacher(manifestOf(server, 'r1'), slow).install();
    expect(most).toBe(3);
  });

  it('copies files the previous build already has and downloads only what changed', async () => {
    await new Precacher(manifestOf(server, 'r1'), env()).install();
    fetched = [];
    server['assets/js/main.aaa.js'] = 'main-2';
    server['qa.html'] = '<h1>问答手册（新）</h1>';
    const p2 = new Precacher(manifestOf(server, 'r2'), env());
    await p2.install();
    expect(fetched.sort()).toEqual([`${SCOPE}assets/js/main.aaa.js`, `${SCOPE}qa.html`]);
    expect(await text(await p2.match(`${SCOPE}qa`))).toBe('<h1>问答手册（新）</h1>');
  });

  it('refuses a file that is not the one the build lists (a half-finished deploy)', async () => {
    const m = manifestOf(server, 'r1');
    server['qa.html'] = '<h1>旧的问答手册</h1>';
    const p = new Precacher(m, env());
    await expect(p.install()).rejects.toThrow(/qa\.html is not the file this build lists/);
    expect(await p.isComplete()).toBe(false);
  });

  it('fails on a missing file', async () => {
    const m = manifestOf({...server, 'gone.html': 'x'}, 'r1');
    await expect(new Precacher(m, env()).install()).rejects.toThrow(/gone\.html answered HTTP 404/);
  });
});

describe('Precacher.activate and match', () => {
  it('keeps this build and the previous one, so tabs still on the previous build keep working', async () => {
    const files1 = {...server};
    await new Precacher(manifestOf(files1, 'r1'), env()).install();
    await new Promise((r) => setTimeout(r, 5));
    const files2 = {...server, 'assets/js/main.bbb.js': 'main-b'};
    delete (files2 as Record<string, string>)['assets/js/main.aaa.js'];
    server = files2;
    await new Precacher(manifestOf(files2, 'r2'), env()).install();
    await new Promise((r) => setTimeout(r, 5));
    const files3 = {...files2, 'assets/js/main.ccc.js': 'main-c'};
    server = files3;
    const p3 = new Precacher(manifestOf(files3, 'r3'), env());
    await p3.install();
    const kept = await p3.activate();
    expect(kept.sort()).toEqual([`${CACHE_PREFIX}r2`, `${CACHE_PREFIX}r3`]);
    expect((await storage.keys()).sort()).toEqual([`${CACHE_PREFIX}r2`, `${CACHE_PREFIX}r3`]);
    // r2's chunk is still served; r1's is gone with its cache.
    expect(await text(await p3.match(`${SCOPE}assets/js/main.bbb.js`))).toBe('main-b');
    expect(await p3.match(`${SCOPE}assets/js/main.aaa.js`)).toBeNull();
  });

  it('prefers this build when both caches have a file', async () => {
    await new Precacher(manifestOf(server, 'r1'), env()).install();
    server['index.html'] = '<h1>新首页</h1>';
    const p2 = new Precacher(manifestOf(server, 'r2'), env());
    await p2.install();
    expect(await text(await p2.match(`${SCOPE}`))).toBe('<h1>新首页</h1>');
  });

  it('resolves clean URLs, folders, queries and encoded Chinese paths to build files', async () => {
    const p = new Precacher(manifestOf(server, 'r1'), env());
    await p.install();
    expect(await text(await p.match(`${SCOPE}qa`))).toBe('<h1>问答手册</h1>');
    expect(await text(await p.match(`${SCOPE}qa?tab=1#x`))).toBe('<h1>问答手册</h1>');
    expect(await text(await p.match(`${SCOPE}docs/`))).toBe('<h1>文档</h1>');
    expect(await text(await p.match(`${SCOPE}docs/${encodeURIComponent('退货')}`))).toBe('<h1>退货</h1>');
    expect(await p.match(`${SCOPE}nowhere`)).toBeNull();
  });

  it('leaves other origins, the worker and the version file to the network', async () => {
    const p = new Precacher(manifestOf({...server, 'kb-version.json': '{}'}, 'r1'), env());
    expect(p.relative('https://cdn.example.com/x.js')).toBeNull();
    expect(await p.match(`${SCOPE}sw.js`)).toBeNull();
    expect(await p.match(`${SCOPE}kb-version.json`)).toBeNull();
  });

  it('answers a search shard or chunk from the cached bundle that holds it, as the file itself', async () => {
    // Shard 513 is line 1 of the second shard bundle (512 a bundle); chunk 2 is line 2 of the first.
    server['kb-index/h1/w/t1.txt'] = '{"退款":[5]}\n{"退货":[17,2]}';
    server['kb-index/h1/w/d0.txt'] = '[{"t":"甲"}]\n[{"t":"乙"}]\n[{"t":"丙"}]';
    const p = new Precacher(manifestOf(server, 'r1'), env());
    await p.install();
    const shard = await p.match(`${SCOPE}kb-index/h1/t/513.json`);
    expect(shard?.headers.get('content-type')).toContain('application/json');
    expect(await shard!.json()).toEqual({退货: [17, 2]});
    expect(await (await p.match(`${SCOPE}kb-index/h1/d/2.json`))!.json()).toEqual([{t: '丙'}]);
    // A file no cached bundle holds, or a line the bundle does not have, is not answered.
    expect(await p.match(`${SCOPE}kb-index/h1/t/3.json`)).toBeNull();
    expect(await p.match(`${SCOPE}kb-index/h1/d/7.json`)).toBeNull();
    expect(await p.match(`${SCOPE}kb-index/h2/t/513.json`)).toBeNull();
  });

  it('names each build cache by its revision', () => {
    expect(cacheName(manifestOf(server, 'abc'))).toBe(`${CACHE_PREFIX}abc`);
  });
});

describe('offlinePage', () => {
  it('is Chinese, links home and carries no script', async () => {
    const res = offlinePage('/');
    const html = await res.text();
    expect(res.status).toBe(503);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('网络已断开');
    expect(html).toContain('<a href="/">返回首页</a>');
    expect(html).not.toMatch(/<script/i);
    expect(html.replace(/<[^>]+>|\{[^}]*\}/g, '')).not.toMatch(/\b(offline|network|error|failed)\b/i);
  });
});
