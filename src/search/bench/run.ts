/**
 * `npm run bench:search [-- --sizes 1000,10000,50000] [--no-easyops] [--no-ui]`
 *
 * For each corpus size: our index (build time, files, bytes before the first result, load
 * time, Node query latency, keystroke-to-render in headless Chromium on the real UI) and,
 * in the same run, @easyops-cn/docusaurus-search-local (lunr + jieba, language zh) on the
 * same corpus (build time, index bytes, first query, later queries). Then hit@5 of both
 * on the project's relevance set. Prints a table and writes bench-results/search.json.
 * Needs `npm run build` to have run (the UI figures use the real site).
 */
import {execFileSync} from 'node:child_process';
import {buildSync} from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type {Browser, Page} from 'playwright-core';
import {buildIndex, type BuiltIndex} from '../build';
import {isWarmUpBundle} from '../format';
import {SearchEngine} from '../engine';
import {builtIndexDir, docPagesFromSource, memoryEngine} from '../node';
import {indexOptions} from '../sources';
import {launchChromium} from '../../e2e/chromium';
import {serveStatic} from '../../e2e/server';
import {generateCorpus, toPages, type BenchCorpus} from './corpus';
import {allSearchDocs} from '../sources';
import {RELEVANCE} from '../relevance';
import {measurePagefind, pagefindSite, pagefindTopFive, type PagefindSite} from './pagefind';
import {leaveOneOutFolds} from '../eval';
import {HELDOUT, isHeldoutHit} from '../heldout';
import {WRITTEN_SETS} from '../heldout-sets';
import type {KbContent} from '../../core/load';

const ROOT = path.resolve(__dirname, '../../..');
const WORK = path.join(process.env.TMPDIR ?? '/tmp', 'kb-bench');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = (opt('sizes') ?? '1000,10000,50000').split(',').map(Number);
const WITH_EASYOPS = !args.includes('--no-easyops');
const WITH_PAGEFIND = !args.includes('--no-pagefind');
/** Leave-one-out folds to run (each is a separate index for every engine; easyops builds a site per fold). */
const LOO_FOLDS = Number(opt('loo-folds') ?? 99);
const WITH_UI = !args.includes('--no-ui');
/** Measure easyops on the sites a previous run built (no build time is recorded then). */
const REUSE_EASYOPS = args.includes('--reuse-easyops-builds');

/** The site's content, loaded once for the run. */
let siteContentOnce: Promise<KbContent> | undefined;
const siteContent = () => (siteContentOnce ??= import('../../core/load').then((m) => m.loadContent(ROOT).content));

/** Evaluation sites built in this run (the sets over the whole content share one per engine). */
const builtSites = new Set<string>();
const pagefindSites = new Map<string, PagefindSite>();

const gz = (s: string | Buffer) => zlib.gzipSync(s).length;
const pct = (xs: number[], p: number) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const ms = (n: number) => Math.round(n * 100) / 100;
const kb = (n: number) => Math.round(n / 102.4) / 10;
/** First-query timing uses plain Chinese keywords, which both engines can answer. */
const firstQueries = (c: BenchCorpus, n: number) => c.queries.filter((q) => /^[\u4e00-\u9fff]{2,}$/.test(q)).slice(0, n);

/** Our engine's browser code (what the page loads to search), bundled and minified like the site's. */
function engineLibrary() {
  const {outputFiles} = buildSync({entryPoints: [path.join(ROOT, 'src/search/engine.ts')], bundle: true, minify: true, format: 'esm', target: 'es2020', write: false});
  const text = Buffer.from(outputFiles[0]!.contents);
  return {raw: text.length, gzip: gz(text)};
}

/**
 * Node figures: build, sizes, first-result bytes, load time, warm query latency. The index
 * carries the site's own synonyms and glossary words, as the real meta does: they ship in
 * the first download and expand every query.
 */
async function measureOursNode(corpus: BenchCorpus) {
  const content = await siteContent();
  const t0 = performance.now();
  const built = buildIndex(corpus.docs, indexOptions(content));
  const buildMs = performance.now() - t0;
  let raw = 0;
  let gzip = 0;
  let warmRaw = 0;
  let warmGzip = 0;
  for (const [name, text] of built.files) {
    if (isWarmUpBundle(name)) {
      warmRaw += Buffer.byteLength(text);
      warmGzip += gz(text);
    } else {
      raw += Buffer.byteLength(text);
      gzip += gz(text);
    }
  }
  // Bytes fetched before the first result: a fresh engine per query, counting its reads.
  const firstBytes: {raw: number; gzip: number}[] = [];
  const loadTimes: number[] = [];
  const firstQuery: number[] = [];
  for (const q of corpus.queries.slice(0, 30)) {
    let r = 0;
    let g = 0;
    const engine = new SearchEngine({
      text: async (name) => {
        const text = built.files.get(name)!;
        r += Buffer.byteLength(text);
        g += gz(text);
        return text;
      },
    });
    const a = performance.now();
    await engine.load();
    loadTimes.push(performance.now() - a);
    const b = performance.now();
    await engine.search(q);
    firstQuery.push(performance.now() - b);
    firstBytes.push({raw: r, gzip: g});
  }
  const engine = memoryEngine(built);
  await engine.load();
  for (const q of corpus.queries) await engine.search(q); // warm: shards cached as in a session
  const latency: number[] = [];
  for (const q of corpus.queries) {
    const a = performance.now();
    await engine.search(q);
    latency.push(performance.now() - a);
  }
  const lib = engineLibrary();
  return {
    built,
    buildMs,
    files: built.files.size,
    shards: built.stats.shards,
    indexRaw: raw,
    indexGzip: gzip,
    warmUpBundles: {raw: warmRaw, gzip: warmGzip},
    library: lib,
    firstResultBytes: {
      rawP50: pct(firstBytes.map((b) => b.raw + lib.raw), 50),
      gzipP50: pct(firstBytes.map((b) => b.gzip + lib.gzip), 50),
      gzipMax: Math.max(...firstBytes.map((b) => b.gzip + lib.gzip)),
    },
    loadMsP50: pct(loadTimes, 50),
    firstQueryNodeMsP50: pct(firstQuery, 50),
    queryMs: {p50: pct(latency, 50), p95: pct(latency, 95), n: latency.length},
  };
}

/** Copy the real build and put the generated index where the UI looks for its own. */
function siteWithIndex(built: BuiltIndex, size: number): string {
  const src = path.join(ROOT, 'build');
  const own = builtIndexDir(src);
  if (!own) throw new Error('没有找到 build/kb-index：请先运行 npm run build');
  const dir = path.join(WORK, `ours-${size}`);
  fs.rmSync(dir, {recursive: true, force: true});
  fs.cpSync(src, dir, {recursive: true});
  const target = path.join(dir, path.relative(src, own));
  fs.rmSync(target, {recursive: true, force: true});
  for (const [name, text] of built.files) {
    fs.mkdirSync(path.dirname(path.join(target, name)), {recursive: true});
    fs.writeFileSync(path.join(target, name), text);
  }
  return dir;
}

/**
 * A browser context for a measurement. tsx keeps function names with a `__name` helper that
 * functions sent to the page must find. Service workers are blocked for every engine: the
 * peers' pages have none, and our copied site's worker would precache the real build's
 * index, whose files no longer match, competing with the search for connections.
 */
async function newContext(browser: Browser) {
  const context = await browser.newContext({serviceWorkers: 'block'});
  await context.addInitScript('window.__name = (f) => f;');
  return context;
}

async function setInput(page: Page, selector: string, value: string) {
  await page.evaluate(
    ([sel, v]) => {
      const input = document.querySelector<HTMLInputElement>(sel!)!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, v);
      input.dispatchEvent(new Event('input', {bubbles: true}));
    },
    [selector, value],
  );
}

/** Our UI: first query after load (focus → first result) and keystroke → rendered results. */
async function measureOursUi(browser: Browser, dir: string, corpus: BenchCorpus) {
  const server = await serveStatic(dir);
  try {
    const first: number[] = [];
    for (const q of firstQueries(corpus, 5)) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${server.url}/`, {waitUntil: 'networkidle'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const elapsed = await page.evaluate(async (query) => {
        const t0 = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', {key: 'k', ctrlKey: true}));
        const input = await new Promise<HTMLInputElement>((resolve) => {
          const find = () => {
            const el = document.querySelector<HTMLInputElement>('input[role=combobox]');
            if (el) resolve(el);
            else requestAnimationFrame(find);
          };
          find();
        });
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, query);
        input.dispatchEvent(new Event('input', {bubbles: true}));
        const want = query.trim().replace(/\s+/g, ' ');
        const ok = await new Promise<boolean>((resolve) => {
          const done = () => document.querySelector(`[data-kb-query="${CSS.escape(want)}"]`);
          if (done()) return resolve(true);
          const obs = new MutationObserver(() => done() && (obs.disconnect(), resolve(true)));
          obs.observe(document.body, {subtree: true, childList: true, attributes: true});
          setTimeout(() => (obs.disconnect(), resolve(false)), 10_000);
        });
        return ok ? performance.now() - t0 : NaN;
      }, q);
      if (!Number.isNaN(elapsed)) first.push(elapsed);
      await context.close();
    }
    console.error(`  ours UI: first queries ${first.map((x) => Math.round(x)).join(', ')} ms`);

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/`, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('input[role=combobox]');
    const cold = await typeQueries(page, corpus.queries.slice(0, 20));
    // Then the background warm-up: once it is done every query is answered from memory.
    const warmStart = performance.now();
    const warmed = await page
      .waitForSelector('[data-kb-index="local"]', {timeout: 180_000})
      .then(() => true, () => false);
    const warmUpMs = performance.now() - warmStart;
    const warm = warmed ? await typeQueries(page, corpus.queries.slice(20, 80)) : null;
    await context.close();
    return {
      firstQueryMsP50: pct(first, 50),
      firstQueryMsMax: Math.max(...first),
      coldKeystrokeMs: cold,
      warmUpMs: warmed ? warmUpMs : null,
      warmKeystrokeMs: warm,
    };
  } finally {
    await server.close();
  }
}

/** Type each query character by character; time from input to its results in the DOM. */
async function typeQueries(page: Page, queries: string[]) {
    const keystrokes: number[] = [];
    const timeouts: string[] = [];
    for (const q of queries) {
      await setInput(page, 'input[role=combobox]', '');
      const chars = [...q];
      for (let i = 1; i <= chars.length; i++) {
        const prefix = chars.slice(0, i).join('');
        if (prefix.endsWith(' ')) continue;
        const t = await page.evaluate(async (value) => {
          const input = document.querySelector<HTMLInputElement>('input[role=combobox]')!;
          const want = value.trim().replace(/\s+/g, ' ');
          const t0 = performance.now();
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
          input.dispatchEvent(new Event('input', {bubbles: true}));
          const ok = await new Promise<boolean>((resolve) => {
            const done = () => document.querySelector(`[data-kb-query="${CSS.escape(want)}"]`);
            if (done()) return resolve(true);
            const obs = new MutationObserver(() => done() && (obs.disconnect(), resolve(true)));
            obs.observe(document.body, {subtree: true, childList: true, attributes: true});
            setTimeout(() => (obs.disconnect(), resolve(false)), 5_000);
          });
          return ok ? performance.now() - t0 : NaN;
        }, prefix);
        if (Number.isNaN(t)) timeouts.push(prefix);
        else keystrokes.push(t);
      }
    }
    if (timeouts.length) console.error(`  ours UI: ${timeouts.length} keystrokes without a rendered answer in 5 s: ${timeouts.slice(0, 5).join(' / ')}`);
    return {p50: pct(keystrokes, 50), p95: pct(keystrokes, 95), n: keystrokes.length, timeouts: timeouts.length};
}

/** A minimal Docusaurus site with the easyops plugin over the same pages. */
function easyopsSite(name: string, pages: {slug: string; title: string; markdown: string}[]): string {
  const dir = path.join(WORK, name);
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(path.join(dir, 'docs/bench'), {recursive: true});
  fs.mkdirSync(path.join(dir, 'src/pages'), {recursive: true});
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  for (const p of pages) fs.writeFileSync(path.join(dir, 'docs/bench', `${p.slug}.md`), p.markdown);
  fs.writeFileSync(path.join(dir, 'src/pages/index.md'), '# 基准测试\n\n搜索基准站点。\n');
  fs.writeFileSync(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = {
  title: 'bench', url: 'http://localhost', baseUrl: '/', onBrokenLinks: 'ignore', onBrokenAnchors: 'ignore',
  i18n: {defaultLocale: 'zh-Hans', locales: ['zh-Hans']},
  presets: [['classic', {docs: {routeBasePath: 'docs'}, blog: false}]],
  themes: [[require.resolve('@easyops-cn/docusaurus-search-local'), {hashed: true, language: ['zh'], indexBlog: false, docsRouteBasePath: 'docs'}]],
  themeConfig: {navbar: {title: 'bench', items: [{type: 'search', position: 'right'}]}},
};
`,
  );
  return dir;
}

function buildSite(dir: string): number {
  const t0 = performance.now();
  execFileSync(path.join(ROOT, 'node_modules/.bin/docusaurus'), ['build', dir, '--out-dir', path.join(dir, 'build')], {
    stdio: 'ignore',
    env: {...process.env, NODE_OPTIONS: '--max-old-space-size=8192', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'},
  });
  return performance.now() - t0;
}

/** A finished easyops build: an interrupted one has pages but no search index. */
const hasEasyopsIndex = (out: string) => fs.existsSync(out) && fs.readdirSync(out).some((f) => /^search-index.*\.json$/.test(f));

/** Milliseconds from window.t0 until easyops shows a result option (NaN after `timeout`). */
function waitForEasyops(page: Page, timeout: number): Promise<number> {
  return page.evaluate(
    (limit) =>
      new Promise<number>((resolve) => {
        const t0 = (window as unknown as {t0: number}).t0;
        const done = () => document.querySelector('[role=listbox] [role=option]');
        if (done()) return resolve(performance.now() - t0);
        const obs = new MutationObserver(() => done() && (obs.disconnect(), resolve(performance.now() - t0)));
        obs.observe(document.body, {subtree: true, childList: true});
        setTimeout(() => (obs.disconnect(), resolve(NaN)), limit);
      }),
    timeout,
  );
}

async function measureEasyops(browser: Browser, corpus: BenchCorpus, size: number) {
  const existing = path.join(WORK, `easyops-${size}`);
  const reuse = REUSE_EASYOPS && hasEasyopsIndex(path.join(existing, 'build'));
  const dir = reuse ? existing : easyopsSite(`easyops-${size}`, corpus.pages);
  const buildMs = reuse ? NaN : buildSite(dir);
  const out = path.join(dir, 'build');
  const indexFiles = fs.readdirSync(out).filter((f) => /^search-index.*\.json$/.test(f));
  let raw = 0;
  let gzip = 0;
  for (const f of indexFiles) {
    const b = fs.readFileSync(path.join(out, f));
    raw += b.length;
    gzip += gz(b);
  }
  const server = await serveStatic(out);
  try {
    const first: number[] = [];
    const focusBytes: {raw: number; gzip: number}[] = [];
    for (const q of firstQueries(corpus, 3)) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${server.url}/`, {waitUntil: 'networkidle'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      let r = 0;
      let g = 0;
      page.on('response', async (res) => {
        try {
          const body = await res.body();
          r += body.length;
          g += gz(body);
        } catch {
          // redirects and failed requests have no body
        }
      });
      await page.evaluate(() => ((window as unknown as {t0: number}).t0 = performance.now()));
      await page.focus('.navbar__search-input');
      await page.keyboard.insertText(q);
      // easyops drops input typed before its index has loaded; a user keeps typing, so
      // nudge the input (space, backspace) until results show, timing from the focus.
      let elapsed = await waitForEasyops(page, 500);
      for (let i = 0; Number.isNaN(elapsed) && i < 120; i++) {
        await page.keyboard.press('Space');
        await page.keyboard.press('Backspace');
        elapsed = await waitForEasyops(page, 500);
      }
      await page.waitForTimeout(300);
      first.push(elapsed);
      focusBytes.push({raw: r, gzip: g});
      console.error(`  easyops first query: ${Number.isNaN(elapsed) ? 'no result in 60 s' : `${Math.round(elapsed)} ms`}`);
      await context.close();
    }
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/`, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.focus('.navbar__search-input');
    await page.waitForTimeout(1500);
    const later: number[] = [];
    let unanswered = 0;
    for (const q of corpus.queries.slice(0, 60)) {
      await page.fill('.navbar__search-input', '');
      await page.waitForTimeout(50);
      await page.evaluate(() => ((window as unknown as {t0: number}).t0 = performance.now()));
      await page.keyboard.insertText(q);
      const t = await waitForEasyops(page, 3000);
      if (Number.isNaN(t)) unanswered++;
      else later.push(t);
    }
    await context.close();
    return {
      buildMs,
      indexRaw: raw,
      indexGzip: gzip,
      focusBytesGzipP50: pct(focusBytes.map((b) => b.gzip), 50),
      focusBytesRawP50: pct(focusBytes.map((b) => b.raw), 50),
      firstQueryMsP50: pct(first, 50),
      laterMs: {p50: pct(later, 50), p95: pct(later, 95), n: later.length, unanswered},
    };
  } finally {
    await server.close();
  }
}

/** easyops' top-five result titles for each query, through its search box over a site of `docs`. */
async function easyopsTopTitles(browser: Browser, name: string, docs: ReturnType<typeof allSearchDocs>, queries: string[]): Promise<string[][]> {
  // The very documents our index gets (SOP sections, Q&A, phrases; policy facts rendered),
  // as plain Markdown pages of 20 entries, so every engine searches the same text.
  const reuse = (REUSE_EASYOPS || builtSites.has(name)) && hasEasyopsIndex(path.join(WORK, name, 'build'));
  const site = reuse ? path.join(WORK, name) : easyopsSite(name, toPages(docs));
  if (!reuse) buildSite(site);
  builtSites.add(name);
  const server = await serveStatic(path.join(site, 'build'));
  const context = await newContext(browser);
  const page = await context.newPage();
  const out: string[][] = [];
  try {
    await page.goto(`${server.url}/`, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.focus('.navbar__search-input');
    await page.waitForTimeout(1500);
    for (const q of queries) {
      await page.fill('.navbar__search-input', '');
      await page.waitForTimeout(50);
      await page.evaluate(() => ((window as unknown as {t0: number}).t0 = performance.now()));
      await page.keyboard.insertText(q);
      await waitForEasyops(page, 3000);
      await page.waitForTimeout(100);
      const titles = await page.$$eval('[role=listbox] [role=option] [class^="hitTitle"]', (els) => els.map((e) => (e.textContent ?? '').trim()));
      out.push(titles.slice(0, 5));
    }
  } finally {
    await context.close();
    await server.close();
  }
  return out;
}

interface Scores {
  hit1: number;
  hit5: number;
  n: number;
}
const score = (ranks: number[]): Scores => ({
  hit1: ranks.filter((r) => r === 0).length / (ranks.length || 1),
  hit5: ranks.filter((r) => r >= 0 && r < 5).length / (ranks.length || 1),
  n: ranks.length,
});

interface EvalCase {
  q: string;
  /** `qa:<id>` / `phrase:<id>`: any of them is a hit. */
  expect: string[];
}
interface EvalSet {
  name: string;
  /** Each part is indexed on its own (leave-one-out folds); the others have one part. */
  parts: {content: KbContent; cases: EvalCase[]}[];
}

/**
 * hit@1 / hit@5 of every engine on the real content with four sets: the relevance set,
 * the held-out set (customers' and agents' own words, never tuned to), the sets written
 * by separate writers (heldout-sets.ts) and leave-one-out (each fold's phrasings withheld
 * from every engine's index). The same content and queries for all three engines.
 */
async function relevanceAllEngines(browser: Browser | null) {
  const content = await siteContent();
  const pages = docPagesFromSource(ROOT, content.docRoutes);
  const folds = leaveOneOutFolds(content).slice(0, LOO_FOLDS);
  const sets: EvalSet[] = [
    {name: 'relevance', parts: [{content, cases: RELEVANCE.map(({q, expect}) => ({q, expect: [expect]}))}]},
    {name: 'heldout', parts: [{content, cases: HELDOUT.map(({q, expect}) => ({q, expect}))}]},
    {name: 'written (sets 二–八)', parts: [{content, cases: Object.values(WRITTEN_SETS).flatMap((list) => list.map(({q, expect}) => ({q, expect})))}]},
    {name: `leave-one-out (${folds.length} folds)`, parts: folds.map((f) => ({content: f.content, cases: f.cases.map(({q, expect}) => ({q, expect: [expect]}))}))},
  ];
  const out: Record<string, {cases: number; ours: Scores; easyops: Scores | null; pagefind: Scores | null}> = {};
  for (const set of sets) {
    const ranks = {ours: [] as number[], easyops: [] as number[], pagefind: [] as number[]};
    for (const [i, part] of set.parts.entries()) {
      const docs = allSearchDocs(pages, part.content);
      const titleOf = new Map<string, string>([
        ...part.content.qa.map((q): [string, string] => [`qa:${q.id}`, q.question]),
        ...part.content.phrases.map((p): [string, string] => [`phrase:${p.id}`, p.title]),
      ]);
      const queries = part.cases.map((c) => c.q);
      // Sets over the whole content share one site per engine; a fold has its own.
      const site = part.content === content ? 'content' : `${set.name.split(' ')[0]}-${i}`;
      const engine = memoryEngine(buildIndex(docs, indexOptions(part.content)));
      for (const c of part.cases) {
        const {results} = await engine.search(c.q, {limit: 5});
        ranks.ours.push(results.findIndex((r) => isHeldoutHit(r.url, c.expect)));
      }
      if (WITH_EASYOPS && browser) {
        const titles = await easyopsTopTitles(browser, `easyops-${site}`, docs, queries);
        part.cases.forEach((c, k) => {
          const want = new Set(c.expect.map((e) => titleOf.get(e) ?? e));
          ranks.easyops.push(titles[k]!.findIndex((t) => want.has(t)));
        });
      }
      if (WITH_PAGEFIND && browser) {
        const dir = path.join(WORK, `pagefind-${site}`);
        if (!pagefindSites.has(dir)) pagefindSites.set(dir, pagefindSite(dir, docs));
        const tops = await pagefindTopFive(browser, pagefindSites.get(dir)!, queries);
        part.cases.forEach((c, k) => ranks.pagefind.push(tops[k]!.findIndex((d) => isHeldoutHit(docs[d]!.url, c.expect))));
      }
    }
    const n = ranks.ours.length;
    out[set.name] = {cases: n, ours: score(ranks.ours), easyops: ranks.easyops.length ? score(ranks.easyops) : null, pagefind: ranks.pagefind.length ? score(ranks.pagefind) : null};
    const r = out[set.name]!;
    console.error(`${set.name}: ${n} queries, hit@5 ours ${r.ours.hit5.toFixed(3)}, easyops ${r.easyops?.hit5.toFixed(3) ?? '–'}, pagefind ${r.pagefind?.hit5.toFixed(3) ?? '–'}`);
  }
  return out;
}

async function main() {
  fs.mkdirSync(WORK, {recursive: true});
  const browser = WITH_UI || WITH_EASYOPS || WITH_PAGEFIND ? await launchChromium() : null;
  const rows: Record<string, unknown>[] = [];
  try {
    for (const size of SIZES) {
      console.error(`\n== ${size} 条 ==`);
      const corpus = generateCorpus(size);
      const ours = await measureOursNode(corpus);
      console.error(`ours: build ${ms(ours.buildMs)} ms, ${ours.shards} shards, first result ${kb(ours.firstResultBytes.gzipP50)} KB gzip`);
      const ui = WITH_UI && browser ? await measureOursUi(browser, siteWithIndex(ours.built, size), corpus) : null;
      if (ui) console.error(`ours UI: first query ${ms(ui.firstQueryMsP50)} ms, keystroke p95 cold ${ms(ui.coldKeystrokeMs.p95)} ms, warm-up ${ui.warmUpMs === null ? 'skipped' : `${ms(ui.warmUpMs)} ms`}, warm p95 ${ui.warmKeystrokeMs ? ms(ui.warmKeystrokeMs.p95) : '–'} ms`);
      const easy = WITH_EASYOPS && browser ? await measureEasyops(browser, corpus, size) : null;
      if (easy) console.error(`easyops: build ${ms(easy.buildMs)} ms, index ${kb(easy.indexGzip)} KB gzip, first query ${ms(easy.firstQueryMsP50)} ms`);
      const pf = WITH_PAGEFIND && browser ? await measurePagefind(browser, pagefindSite(path.join(WORK, `pagefind-${size}`), corpus.docs), firstQueries(corpus, 5), corpus.queries.slice(0, 20), pct) : null;
      if (pf) console.error(`pagefind: build ${ms(pf.buildMs)} ms, index ${kb(pf.indexBytes)} KB, first query ${ms(pf.firstQueryMsP50)} ms, before 1st result ${kb(pf.firstResultBytes.gzipP50)} KB gzip, keystroke p95 ${ms(pf.keystrokeMs.p95)} ms`);
      const {built: _built, ...oursFigures} = ours;
      rows.push({size, ours: oursFigures, oursUi: ui, easyops: easy, pagefind: pf});
    }
    const relevance = await relevanceAllEngines(browser);
    const result = {date: new Date().toISOString(), cpus: (await import('node:os')).cpus().length, rows, relevance};
    fs.mkdirSync(path.join(ROOT, 'bench-results'), {recursive: true});
    fs.writeFileSync(path.join(ROOT, 'bench-results/search.json'), `${JSON.stringify(result, null, 2)}\n`);
    printTable(result);
  } finally {
    await browser?.close();
  }
}

type Relevance = Awaited<ReturnType<typeof relevanceAllEngines>>;
function printTable(result: {rows: Record<string, unknown>[]; relevance: Relevance}) {
  type Row = {
    size: number;
    ours: Awaited<ReturnType<typeof measureOursNode>>;
    oursUi: Awaited<ReturnType<typeof measureOursUi>> | null;
    easyops: Awaited<ReturnType<typeof measureEasyops>> | null;
    pagefind: Awaited<ReturnType<typeof measurePagefind>> | null;
  };
  const lines = [
    '| entries | engine | build / index build | index raw / gzip | before 1st result (gzip) | index load | 1st query (UI) | query p50 / p95 (Node) | keystroke→render p50 / p95, cold (UI) | background warm-up | keystroke→render p50 / p95, warm (UI) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of result.rows as unknown as Row[]) {
    const o = r.ours;
    lines.push(
      `| ${r.size.toLocaleString('en')} | ours | ${ms(o.buildMs)} ms | ${kb(o.indexRaw)} / ${kb(o.indexGzip)} KB | ${kb(o.firstResultBytes.gzipP50)} KB (max ${kb(o.firstResultBytes.gzipMax)}) | ${ms(o.loadMsP50)} ms | ${r.oursUi ? `${ms(r.oursUi.firstQueryMsP50)} ms` : '–'} | ${ms(o.queryMs.p50)} / ${ms(o.queryMs.p95)} ms | ${r.oursUi ? `${ms(r.oursUi.coldKeystrokeMs.p50)} / ${ms(r.oursUi.coldKeystrokeMs.p95)} ms` : '–'} | ${r.oursUi?.warmUpMs != null ? `${ms(r.oursUi.warmUpMs / 1000)} s, ${kb(o.warmUpBundles.gzip)} KB gzip` : `skipped (${kb(o.warmUpBundles.raw)} KB raw > cap)`} | ${r.oursUi?.warmKeystrokeMs ? `${ms(r.oursUi.warmKeystrokeMs.p50)} / ${ms(r.oursUi.warmKeystrokeMs.p95)} ms` : '–'} |`,
    );
    if (r.easyops) {
      const e = r.easyops;
      lines.push(
        `| ${r.size.toLocaleString('en')} | easyops | ${ms(e.buildMs / 1000)} s (whole site) | ${kb(e.indexRaw)} / ${kb(e.indexGzip)} KB | ${kb(e.focusBytesGzipP50)} KB | – | ${ms(e.firstQueryMsP50)} ms | – | – | – | later queries ${ms(e.laterMs.p50)} / ${ms(e.laterMs.p95)} ms (${e.laterMs.unanswered} of ${e.laterMs.n + e.laterMs.unanswered} unanswered) |`,
      );
    }
    if (r.pagefind) {
      const f = r.pagefind;
      lines.push(
        `| ${r.size.toLocaleString('en')} | pagefind | ${ms(f.buildMs)} ms | ${kb(f.indexBytes)} KB stored (pre-compressed, ${f.indexFiles} files) | ${kb(f.firstResultBytes.gzipP50)} KB | – | ${ms(f.firstQueryMsP50)} ms | – | search + top-5 data ${ms(f.keystrokeMs.p50)} / ${ms(f.keystrokeMs.p95)} ms (raw API) | – | – |`,
      );
    }
  }
  const pctOf = (s: Scores | null) => (s ? `${(s.hit1 * 100).toFixed(1)}% / ${(s.hit5 * 100).toFixed(1)}%` : '–');
  lines.push('', '| set | queries | ours hit@1 / hit@5 | easyops hit@1 / hit@5 | pagefind hit@1 / hit@5 |', '| --- | --- | --- | --- | --- |');
  for (const [name, r] of Object.entries(result.relevance)) lines.push(`| ${name} | ${r.cases} | ${pctOf(r.ours)} | ${pctOf(r.easyops)} | ${pctOf(r.pagefind)} |`);
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
