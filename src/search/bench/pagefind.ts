/**
 * Pagefind as a peer in the search benchmark: the same documents written as one static
 * HTML page each (`lang="zh-cn"`, so the extended binary segments Chinese at index time),
 * indexed by the `pagefind` CLI from node_modules, and queried in headless Chromium
 * through its own browser API (`pagefind.js` + wasm, Intl.Segmenter for queries).
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type {Browser, Page} from 'playwright-core';
import {shownAlt, type SearchDoc} from '../format';
import {serveStatic} from '../../e2e/server';

const ROOT = path.resolve(__dirname, '../../..');
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!);

export interface PagefindSite {
  dir: string;
  buildMs: number;
  /** Index files a search can fetch (meta, index chunks, fragments, wasm), as stored. */
  indexBytes: number;
  indexFiles: number;
}

/** One page per document; `doc` i is served at `/e/<i>.html`. */
export function pagefindSite(dir: string, docs: readonly Pick<SearchDoc, 'title' | 'alt' | 'situations' | 'heading' | 'body'>[]): PagefindSite {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(path.join(dir, 'e'), {recursive: true});
  docs.forEach((d, i) => {
    const body = [...shownAlt(d), ...d.heading, d.body].map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
    fs.writeFileSync(
      path.join(dir, 'e', `${i}.html`),
      `<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>${escapeHtml(d.title)}</title></head><body><main data-pagefind-body><h1>${escapeHtml(d.title)}</h1>\n${body}</main></body></html>\n`,
    );
  });
  fs.writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>404</title>\n');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>bench</title></head><body><p>pagefind</p></body></html>\n');
  const bin = path.join(ROOT, 'node_modules/.bin/pagefind');
  const t0 = performance.now();
  execFileSync(bin, ['--site', dir, '--quiet'], {stdio: 'ignore'});
  const buildMs = performance.now() - t0;
  let indexBytes = 0;
  let indexFiles = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (/\.(pf_meta|pf_index|pf_fragment|pagefind)$/.test(e.name)) {
        indexBytes += fs.statSync(abs).size;
        indexFiles++;
      }
    }
  };
  walk(path.join(dir, 'pagefind'));
  return {dir, buildMs, indexBytes, indexFiles};
}

declare global {
  interface Window {
    __pf?: {search(q: string): Promise<{results: {data(): Promise<{url: string; meta: {title?: string}}>}[]}>; init(): Promise<void>};
  }
}

/** Load the page without touching Pagefind, so the first query pays for everything. */
async function open(page: Page, url: string) {
  await page.goto(`${url}/`, {waitUntil: 'load'});
}

/** Run one query as a search UI would: search, then load the top five results' data. */
function query(page: Page, q: string): Promise<{ms: number; top: number[]}> {
  return page.evaluate(async (text) => {
    const t0 = performance.now();
    if (!window.__pf) {
      const mod = (await import('/pagefind/pagefind.js' as string)) as NonNullable<Window['__pf']>;
      await mod.init();
      window.__pf = mod;
    }
    const found = await window.__pf.search(text);
    const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
    return {ms: performance.now() - t0, top: data.map((d) => Number(/\/e\/(\d+)/.exec(d.url)?.[1] ?? NaN))};
  }, q);
}

const gz = (b: Buffer) => zlib.gzipSync(b).length;

/** First query (cold, bytes counted) and later keystrokes, on a generated corpus. */
export async function measurePagefind(browser: Browser, site: PagefindSite, firstQueries: string[], queries: string[], pct: (xs: number[], p: number) => number) {
  const server = await serveStatic(site.dir);
  try {
    const first: number[] = [];
    const bytes: {raw: number; gzip: number}[] = [];
    for (const q of firstQueries) {
      const context = await browser.newContext({serviceWorkers: 'block'});
      await context.addInitScript('window.__name = (f) => f;');
      const page = await context.newPage();
      await open(page, server.url);
      let raw = 0;
      let gzip = 0;
      const pending: Promise<void>[] = [];
      page.on('response', (res) => {
        pending.push(
          res.body().then(
            (b) => {
              raw += b.length;
              gzip += gz(b);
            },
            () => undefined,
          ),
        );
      });
      const {ms} = await query(page, q);
      await Promise.all(pending);
      first.push(ms);
      bytes.push({raw, gzip});
      await context.close();
    }
    const context = await browser.newContext({serviceWorkers: 'block'});
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    await open(page, server.url);
    await query(page, firstQueries[0] ?? '退款');
    const keystrokes: number[] = [];
    for (const q of queries) {
      const chars = [...q];
      for (let i = 1; i <= chars.length; i++) {
        const prefix = chars.slice(0, i).join('');
        if (prefix.endsWith(' ')) continue;
        keystrokes.push((await query(page, prefix)).ms);
      }
    }
    await context.close();
    return {
      buildMs: site.buildMs,
      indexBytes: site.indexBytes,
      indexFiles: site.indexFiles,
      firstQueryMsP50: pct(first, 50),
      firstQueryMsMax: Math.max(...first),
      firstResultBytes: {rawP50: pct(bytes.map((b) => b.raw), 50), gzipP50: pct(bytes.map((b) => b.gzip), 50)},
      keystrokeMs: {p50: pct(keystrokes, 50), p95: pct(keystrokes, 95), n: keystrokes.length},
    };
  } finally {
    await server.close();
  }
}

/** Top-five document indexes for each query, in one warm page. */
export async function pagefindTopFive(browser: Browser, site: PagefindSite, queries: string[]): Promise<number[][]> {
  const server = await serveStatic(site.dir);
  const context = await browser.newContext({serviceWorkers: 'block'});
  await context.addInitScript('window.__name = (f) => f;');
  try {
    const page = await context.newPage();
    await open(page, server.url);
    const out: number[][] = [];
    for (const q of queries) out.push((await query(page, q)).top.filter((n) => !Number.isNaN(n)));
    return out;
  } finally {
    await context.close();
    await server.close();
  }
}
