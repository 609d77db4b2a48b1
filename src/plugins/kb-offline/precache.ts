/**
 * After the build: lists every file the site needs offline with its content hash, checks
 * the total against the budget, and writes the service worker (the bundled worker source
 * with this manifest), `kb-version.json` and the web app manifest into the output folder.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {build as esbuild} from 'esbuild';
import {buildId, type BuildInfo} from '../../sw/buildInfo';
import {SW_FILE, VERSION_FILE, WEB_MANIFEST_FILE, isPrecached, type PrecacheEntry, type PrecacheManifest} from '../../sw/routes';
import {SITE} from '../../core/site';
import {bundleLine, inIndexFolder} from '../../search/format';

/** What an agent's browser keeps for offline use, raw bytes. Measured: see the report in the build log. */
export const PRECACHE_BUDGET_BYTES = 24 * 1024 * 1024;

const WORKER_SOURCE = path.resolve(__dirname, '../../sw/worker.ts');

export interface PrecacheStats {
  files: number;
  bytes: number;
  gzipBytes: number;
  largest: {url: string; bytes: number}[];
}

const sha16 = (buf: Buffer) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, 16);

function walk(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name), base) : d.isFile() ? [path.relative(base, path.join(dir, d.name)).split(path.sep).join('/')] : []))
    .sort();
}

/**
 * Whether a build file is kept by its search-index bundle instead: a shard or chunk whose
 * warm-up bundle is in the build (format.ts). The worker answers it from the bundle, so the
 * offline cache holds the index once, not twice.
 */
function inCachedBundle(rel: string, files: ReadonlySet<string>): boolean {
  const at = inIndexFolder(rel);
  const line = at && bundleLine(at.file);
  return !!line && files.has(at.folder + line.bundle);
}

export function collectPrecache(outDir: string, build: BuildInfo): {manifest: PrecacheManifest; stats: PrecacheStats} {
  const entries: PrecacheEntry[] = [];
  let gzipBytes = 0;
  const files = walk(outDir).filter(isPrecached);
  const all = new Set(files);
  for (const rel of files.filter((f) => !inCachedBundle(f, all))) {
    const buf = fs.readFileSync(path.join(outDir, rel));
    entries.push({url: rel, rev: sha16(buf), bytes: buf.length});
    gzipBytes += zlib.gzipSync(buf, {level: 6}).length;
  }
  const revision = crypto.createHash('sha256').update(entries.map((e) => `${e.url}\t${e.rev}`).join('\n')).digest('hex').slice(0, 12);
  const bytes = entries.reduce((n, e) => n + e.bytes, 0);
  const largest = [...entries].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map(({url, bytes: b}) => ({url, bytes: b}));
  return {manifest: {revision, build: buildId(build), entries}, stats: {files: entries.length, bytes, gzipBytes, largest}};
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The budget error, for whoever added the weight (editors included). */
export function budgetProblem(stats: PrecacheStats, budget = PRECACHE_BUDGET_BYTES): string | null {
  if (stats.bytes <= budget) return null;
  const top = stats.largest.map((f) => `  ${f.url}（${mb(f.bytes)}）`).join('\n');
  return `离线缓存超出预算：${stats.files} 个文件共 ${mb(stats.bytes)}，上限 ${mb(budget)}（src/plugins/kb-offline/precache.ts 的 PRECACHE_BUDGET_BYTES）。\n最大的文件：\n${top}\n请压缩或拆分这些文件；确实需要时再调高上限，并在说明里写明原因。`;
}

export async function bundleWorker(manifest: PrecacheManifest): Promise<string> {
  const result = await esbuild({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2019',
    write: false,
    logLevel: 'silent',
  });
  return `self.__KB_PRECACHE=${JSON.stringify(manifest)};\n${result.outputFiles[0]!.text}`;
}

export function webManifest(baseUrl: string): string {
  return JSON.stringify(
    {
      name: SITE.title,
      short_name: SITE.title,
      description: SITE.tagline,
      lang: 'zh-CN',
      start_url: baseUrl,
      scope: baseUrl,
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0f766e',
      icons: [{src: `${baseUrl}img/favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any'}],
    },
    null,
    2,
  );
}

/** Writes the manifest files and the worker into `outDir`; returns what was precached. */
export async function writeOfflineFiles(outDir: string, baseUrl: string, build: BuildInfo): Promise<PrecacheStats> {
  fs.writeFileSync(path.join(outDir, WEB_MANIFEST_FILE), webManifest(baseUrl));
  const {manifest, stats} = collectPrecache(outDir, build);
  const problem = budgetProblem(stats);
  if (problem) throw new Error(problem);
  fs.writeFileSync(path.join(outDir, SW_FILE), await bundleWorker(manifest));
  // Written last: a tab that sees the new version finds the new worker already in place.
  fs.writeFileSync(path.join(outDir, VERSION_FILE), JSON.stringify(build));
  return stats;
}

export const describeStats = (s: PrecacheStats) =>
  `离线缓存：${s.files} 个文件，${mb(s.bytes)}（gzip 后 ${mb(s.gzipBytes)}），预算 ${mb(PRECACHE_BUDGET_BYTES)}`;
