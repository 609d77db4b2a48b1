import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {budgetProblem, bundleWorker, collectPrecache, writeOfflineFiles} from './precache';
import type {PrecacheManifest} from '../../sw/routes';

const build = {commit: 'a0c1ce2', builtAt: '2026-11-29T15:21:48.768Z'};
let dir = '';

function write(files: Record<string, string>) {
  for (const [rel, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    fs.writeFileSync(path.join(dir, rel), body);
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-precache-'));
  write({
    'index.html': '<h1>首页</h1>',
    'qa.html': '<h1>问答</h1>',
    'assets/js/main.abc.js': 'console.log(1)',
    'assets/js/main.abc.js.LICENSE.txt': 'MIT',
    'kb-index/h1/meta.json': '{}',
    'sitemap.xml': '<urlset/>',
    'default/__plugin.json': '{}',
  });
});
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

describe('collectPrecache', () => {
  it('lists pages, scripts and the search index with content hashes, and leaves out the rest', () => {
    const {manifest, stats} = collectPrecache(dir, build);
    expect(manifest.entries.map((e) => e.url)).toEqual(['assets/js/main.abc.js', 'index.html', 'kb-index/h1/meta.json', 'qa.html']);
    expect(manifest.entries.every((e) => /^[0-9a-f]{16}$/.test(e.rev))).toBe(true);
    expect(manifest.build).toBe('a0c1ce2@2026-11-29T15:21:48.768Z');
    expect(stats.files).toBe(4);
    expect(stats.bytes).toBe(manifest.entries.reduce((n, e) => n + e.bytes, 0));
    expect(stats.gzipBytes).toBeGreaterThan(0);
  });

  it('keeps a search shard or chunk once, in its warm-up bundle, and a file no bundle holds as it is', () => {
    write({'kb-index/h1/t/0.json': '{"退货":[1]}', 'kb-index/h1/t/1.json': '{}', 'kb-index/h1/w/t0.txt': '{"退货":[1]}\n{}', 'kb-index/h1/d/0.json': '[]'});
    const urls = collectPrecache(dir, build).manifest.entries.map((e) => e.url);
    expect(urls.filter((u) => u.startsWith('kb-index/'))).toEqual(['kb-index/h1/d/0.json', 'kb-index/h1/meta.json', 'kb-index/h1/w/t0.txt']);
  });

  it('changes the revision when any file changes, and only then', () => {
    const r1 = collectPrecache(dir, build).manifest.revision;
    expect(collectPrecache(dir, {...build, builtAt: '2026-11-30T00:00:00.000Z'}).manifest.revision).toBe(r1);
    write({'qa.html': '<h1>问答（新）</h1>'});
    expect(collectPrecache(dir, build).manifest.revision).not.toBe(r1);
  });
});

describe('budgetProblem', () => {
  it('is null within the budget and names the largest files in Chinese beyond it', () => {
    const {stats} = collectPrecache(dir, build);
    expect(budgetProblem(stats, stats.bytes)).toBeNull();
    const message = budgetProblem(stats, 10)!;
    expect(message).toMatch(/^离线缓存超出预算：4 个文件共/);
    expect(message).toContain('PRECACHE_BUDGET_BYTES');
    expect(message).toContain('assets/js/main.abc.js');
  });
});

describe('writeOfflineFiles', () => {
  it('writes a worker that carries this build’s manifest, the version file and the web app manifest', async () => {
    const stats = await writeOfflineFiles(dir, '/', build);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'kb-version.json'), 'utf8'))).toEqual(build);
    const app = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(app).toMatchObject({name: '客服知识库', lang: 'zh-CN', start_url: '/', display: 'standalone'});
    const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
    // The web app manifest is written first, so it is precached too.
    const manifest = JSON.parse(sw.split('\n', 1)[0]!.replace(/^self\.__KB_PRECACHE=/, '').replace(/;$/, '')) as PrecacheManifest;
    expect(manifest.entries.map((e) => e.url)).toContain('manifest.json');
    expect(manifest.entries).toHaveLength(stats.files);
    expect(sw).not.toMatch(/\bimport\b|\bexport\b/);
  });

  it('produces a classic script that registers its handlers on first evaluation', async () => {
    const code = await bundleWorker({revision: 'r1', build: 'b', entries: []});
    const events: string[] = [];
    const self = {registration: {scope: 'https://kb.example.com/'}, addEventListener: (type: string) => events.push(type)};
    vm.runInNewContext(code, {self, caches: {}, crypto: {}, fetch: () => {}, URL, Response, Request, Headers});
    expect(events.sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  });
});
