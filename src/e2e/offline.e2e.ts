/**
 * Offline use and the update prompt, with the real service worker in Debian Chromium.
 * Each test serves the production build on its own loopback server so it can take the
 * server away (a real outage, not only Chromium's offline switch) and put a second
 * deploy on the same origin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {launchChromium} from './chromium';
import {serveStatic, type StaticServer} from './server';
import {buildInfoSchema, formatBuildTime, type BuildInfo} from '../sw/buildInfo';
import {CACHE_PREFIX, MANIFEST_KEY, SW_FILE, VERSION_FILE, type PrecacheManifest} from '../sw/routes';
import {writeOfflineFiles} from '../plugins/kb-offline/precache';

const BUILD_DIR = process.env.KB_BUILD_DIR ? path.resolve(process.env.KB_BUILD_DIR) : path.resolve(__dirname, '../../build');
const ORDER_NO = '2026112400012345';

const readBuild = (dir: string): BuildInfo => buildInfoSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, VERSION_FILE), 'utf8')));
function readManifest(dir: string): PrecacheManifest {
  const first = fs.readFileSync(path.join(dir, SW_FILE), 'utf8').split('\n', 1)[0]!;
  return JSON.parse(first.replace(/^self\.__KB_PRECACHE=/, '').replace(/;$/, '')) as PrecacheManifest;
}

const hydrated = (page: Page) => page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});

/** Waits until the worker controls the page and its cache is complete; returns the cache's name and size. */
async function offlineReady(page: Page): Promise<{cache: string; keys: number}> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {timeout: 120_000, polling: 100});
  return page.evaluate(async (manifestKey) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const keys = await cache.keys();
      if (keys.some((k) => k.url.endsWith(manifestKey))) return {cache: name, keys: keys.length};
    }
    throw new Error('no complete cache');
  }, MANIFEST_KEY);
}

async function newContext(browser: Browser, origin: string): Promise<{context: BrowserContext; page: Page; errors: string[]}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, locale: 'zh-CN', serviceWorkers: 'allow'});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {context, page, errors};
}

/** Nothing crashed: no error boundary, no chunk that failed to load, no browser error page. */
async function expectHealthy(page: Page) {
  expect(await page.locator('main, article').count()).toBeGreaterThan(0);
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/页面已崩溃|This page crashed|ChunkLoadError|Loading chunk|网络已断开，这个页面还没有保存/);
}

describe('offline after one visit', () => {
  let browser: Browser;
  let site: StaticServer | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await site?.close();
    await browser?.close();
  });

  it('serves sw.js as uncached JavaScript and the version file as JSON', async () => {
    site = await serveStatic(BUILD_DIR);
    const sw = await fetch(`${site.url}/${SW_FILE}`);
    expect(sw.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const version = await fetch(`${site.url}/${VERSION_FILE}`);
    expect(version.headers.get('content-type')).toMatch(/^application\/json/);
    expect(buildInfoSchema.safeParse(await version.json()).success).toBe(true);
    await site.close();
    site = null;
  });

  it('reloads, navigates, searches, fills and copies with the network gone', async () => {
    site = await serveStatic(BUILD_DIR);
    const manifest = readManifest(BUILD_DIR);
    const {context, page, errors} = await newContext(browser, site.url);
    const started = Date.now();
    await page.goto(`${site.url}/`);
    await hydrated(page);
    const ready = await offlineReady(page);
    const installMs = Date.now() - started;
    expect(ready.cache).toBe(CACHE_PREFIX + manifest.revision);
    expect(ready.keys).toBe(manifest.entries.length + 1);
    await page.locator('[data-kb-offline-state="ready"]').waitFor();
    const bytes = manifest.entries.reduce((n, e) => n + e.bytes, 0);
    console.log(`precache: ${manifest.entries.length} files, ${(bytes / 1048576).toFixed(1)} MB, installed and active ${installMs} ms after navigation`);

    // The outage: Chromium's offline switch and no server at all.
    await context.setOffline(true);
    await site.close();
    site = null;

    await page.reload();
    await hydrated(page);
    await expectHealthy(page);
    await page.locator('[data-kb-offline]').filter({hasText: '网络已断开，正在使用本机保存的内容'}).waitFor();

    // Every navbar item, by client-side navigation (lazy chunks) and by a full load.
    const items = await page.$$eval('nav.navbar a.navbar__link[href^="/"]', (as) => as.map((a) => ({href: a.getAttribute('href')!, label: a.textContent!.trim()})));
    expect(items.map((i) => i.label)).toEqual(['服务流程', '问答手册', '话术库', '工作台', '新人上手']);
    for (const item of items) {
      await page.locator('nav.navbar').getByRole('link', {name: item.label, exact: true}).click();
      await page.waitForURL((u) => u.pathname.startsWith(item.href));
      await page.locator('h1').first().waitFor();
      await expectHealthy(page);
      await page.goto(page.url().replace(/#.*$/, ''));
      await hydrated(page);
      await page.locator('h1').first().waitFor();
      await expectHealthy(page);
    }

    // A sidebar link on an SOP page.
    await page.goto(`${page.url().split('/docs')[0]}/docs/sop`);
    await hydrated(page);
    const sidebarLink = page.locator('nav.menu a.menu__link[href^="/docs/sop/"]').nth(1);
    const sidebarHref = await sidebarLink.getAttribute('href');
    await sidebarLink.click();
    await page.waitForURL((u) => u.pathname === sidebarHref);
    await page.locator('article h1').waitFor();
    await expectHealthy(page);

    // Search never used on this page before: Chinese, pinyin, then open an SOP result.
    const origin = new URL(page.url()).origin;
    await page.goto(`${origin}/`);
    await hydrated(page);
    for (const q of ['退货', 'tuihuo']) {
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox').fill(q);
      await page.waitForSelector(`[data-kb-query="${q}"]`, {timeout: 20_000});
      expect(await page.locator('[role=option]').count()).toBeGreaterThan(0);
      expect(await page.getByRole('alert').count()).toBe(0);
      await page.keyboard.press('Escape');
    }
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('需求识别');
    await page.waitForSelector('[data-kb-query="需求识别"]');
    await page.locator('[role=option][data-type="sop"]').first().click();
    await page.waitForURL(/\/docs\//);
    await page.locator('article h1').waitFor();
    await expectHealthy(page);

    // A Q&A category from the handbook's index.
    await page.locator('nav.navbar').getByRole('link', {name: '问答手册', exact: true}).click();
    await page.waitForURL((u) => u.pathname === '/qa');
    await page.locator('main a[href^="/qa/"]').first().click();
    await page.waitForURL(/\/qa\/[a-z-]+/);
    await page.locator('[data-entry-id]').first().waitFor();
    await expectHealthy(page);

    // A phrase: fill the order number and copy.
    await page.goto(`${origin}/phrases/greeting-returning-order?tone=亲切&channel=在线聊天`);
    await hydrated(page);
    await page.getByRole('textbox', {name: /^订单号/}).fill(ORDER_NO);
    await page.getByRole('button', {name: '复制', exact: true}).click();
    await expect.poll(() => page.locator('form [role=status]').textContent()).toContain('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(ORDER_NO);

    expect(errors).toEqual([]);

    // A page the build never had: the worker's own Chinese page, not the browser's.
    await page.goto(`${origin}/no-such-page/anywhere`);
    expect(await page.locator('h1').textContent()).toBe('网络已断开');
    await context.close();
  });
});

describe('a second deploy', () => {
  let browser: Browser;
  let site: StaticServer | null = null;
  let tmp = '';
  beforeAll(async () => {
    browser = await launchChromium();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-deploy-'));
  });
  afterAll(async () => {
    await site?.close();
    await browser?.close();
    if (tmp) fs.rmSync(tmp, {recursive: true, force: true});
  });

  /** A rebuild of the same site an hour later: new version everywhere, new worker and manifest. */
  async function secondDeploy(): Promise<{dir: string; build: BuildInfo}> {
    const old = readBuild(BUILD_DIR);
    const build: BuildInfo = {...old, builtAt: new Date(Date.parse(old.builtAt) + 3600_000).toISOString()};
    const dir = path.join(tmp, 'deploy-2');
    fs.cpSync(BUILD_DIR, dir, {recursive: true});
    const swaps: [string, string][] = [
      [old.builtAt, build.builtAt],
      [formatBuildTime(old.builtAt), formatBuildTime(build.builtAt)],
    ];
    for (const rel of fs.readdirSync(dir, {recursive: true, encoding: 'utf8'})) {
      if (!/\.(html|js)$/.test(rel)) continue;
      const file = path.join(dir, rel);
      const text = fs.readFileSync(file, 'utf8');
      const next = swaps.reduce((t, [a, b]) => t.split(a).join(b), text);
      if (next !== text) fs.writeFileSync(file, next);
    }
    await writeOfflineFiles(dir, '/', build);
    return {dir, build};
  }

  it('offers "内容已更新，点此刷新" in an open tab, and the click switches to the new build', async () => {
    const old = readBuild(BUILD_DIR);
    const {dir, build} = await secondDeploy();
    expect(readManifest(dir).revision).not.toBe(readManifest(BUILD_DIR).revision);
    // One origin, two deploys: the server's root is a link that the deploy re-points.
    const root = path.join(tmp, 'site');
    fs.symlinkSync(BUILD_DIR, root);
    site = await serveStatic(root);
    const {context, page, errors} = await newContext(browser, site.url);
    await page.goto(`${site.url}/`);
    await hydrated(page);
    await offlineReady(page);
    await page.locator('[data-kb-offline-state="ready"]').waitFor();
    expect(await page.getAttribute('[data-kb-version]', 'data-kb-version')).toBe(old.builtAt);
    // A second tab, left on the old build throughout.
    const other = await context.newPage();
    await other.goto(`${site.url}/workbench`);
    await hydrated(other);

    fs.unlinkSync(root);
    fs.symlinkSync(dir, root);
    // The network comes back: the tab looks for a newer build at once.
    const deployedAt = Date.now();
    await context.setOffline(true);
    await context.setOffline(false);
    const prompt = page.getByRole('status').getByRole('button', {name: '内容已更新，点此刷新'});
    await prompt.waitFor({timeout: 60_000});
    console.log(`update prompt shown ${Date.now() - deployedAt} ms after the network came back`);
    expect(await page.getByRole('status').filter({hasText: '内容已更新'}).textContent()).toContain(`新版本：${formatBuildTime(build.builtAt)}`);

    // Until the click, the old build keeps working in this tab.
    await page.locator('nav.navbar').getByRole('link', {name: '话术库', exact: true}).click();
    await page.waitForURL((u) => u.pathname === '/phrases');
    await page.locator('h1').first().waitFor();
    await expectHealthy(page);
    expect(await page.getAttribute('[data-kb-version]', 'data-kb-version')).toBe(old.builtAt);

    // Keyboard: focus the button and press Enter.
    await prompt.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await hydrated(page);
    await expect.poll(() => page.getAttribute('[data-kb-version]', 'data-kb-version'), {timeout: 30_000}).toBe(build.builtAt);
    expect(await page.locator('footer').innerText()).toContain(formatBuildTime(build.builtAt));
    const names = await page.evaluate(async (prefix) => (await caches.keys()).filter((n) => n.startsWith(prefix)), CACHE_PREFIX);
    expect(names.sort()).toEqual([CACHE_PREFIX + readManifest(BUILD_DIR).revision, CACHE_PREFIX + readManifest(dir).revision].sort());

    // The other tab, still on the old build, keeps navigating (its files are kept) ...
    await other.locator('nav.navbar').getByRole('link', {name: '新人上手', exact: true}).click();
    await other.waitForURL(/\/docs\/onboarding/);
    await other.locator('article h1').waitFor();
    await expectHealthy(other);
    // ... and is offered the new build too.
    await other.getByRole('button', {name: '内容已更新，点此刷新'}).waitFor({timeout: 30_000});

    expect(errors).toEqual([]);
    await context.close();
  });
});
