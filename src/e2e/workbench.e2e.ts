/**
 * The phrase workbench in headless Chromium against the production build: pick a variant,
 * fill a placeholder, copy, and read the real clipboard; refuse with a named field; keep
 * favourites across reloads and recover from corrupt storage; no axe violations.
 */
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {loadContent} from '../core/load';
import {SITE} from '../core/site';
import type {Phrase} from '../core/schema';
import {useBrowser} from './browser';
import {axeViolations} from './axe';

const CLIPBOARD = ['clipboard-read', 'clipboard-write'];
const ORDER_NO = '2026112400012345';

let phrases: Phrase[] = [];
beforeAll(() => {
  phrases = loadContent(path.resolve(__dirname, '../..')).content.phrases;
});

/** The variant text as an editor wrote it, for a tone and a channel (or written for all channels). */
function variantText(id: string, tone: string, channel: string): string {
  const p = phrases.find((x) => x.id === id);
  if (!p) throw new Error(`data/phrases 里没有 ${id}`);
  const v = p.variants.find((x) => x.tone === tone && x.channel === channel) ?? p.variants.find((x) => x.tone === tone && !x.channel);
  if (!v) throw new Error(`${id} 没有 ${tone} · ${channel} 的版本`);
  return v.text;
}

/** What the customer must read: values in place, a space where Chinese meets digits or Latin letters. */
function filled(text: string, values: Record<string, string>): string {
  const cjk = (c = '') => /[\u4e00-\u9fff]/.test(c);
  const half = (c = '') => /[A-Za-z0-9]/.test(c);
  const gap = (a?: string, b?: string) => ((cjk(a) && half(b)) || (half(a) && cjk(b)) ? ' ' : '');
  return text.replace(/\{([a-z_]+)\}/g, (_, name: string, at: number) => {
    const v = values[name]!;
    return gap(text[at - 1], v[0]) + v + gap(v[v.length - 1], text[at + name.length + 2]);
  });
}

const hydrated = (page: Page) => page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});
const clipboard = (page: Page) => page.evaluate('navigator.clipboard.readText()') as Promise<string>;
const setClipboard = (page: Page, text: string) => page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);

describe('the phrase workbench', () => {
  const {open} = useBrowser();

  it('reaches the phrase library from the home page in one click', async () => {
    const {page, errors} = await open('/');
    await hydrated(page);
    await page.locator('main a[href="/phrases"], nav a[href="/phrases"]').first().click();
    await page.getByRole('heading', {level: 1, name: '话术库'}).waitFor();
    expect(new URL(page.url()).pathname).toBe('/phrases');
    expect(errors).toEqual([]);
  });

  it('copies exactly the filled text after choosing 亲切 + 在线聊天 and entering an order number', async () => {
    const {page, errors} = await open('/phrases', {permissions: CLIPBOARD});
    await hydrated(page);
    await page.getByRole('combobox', {name: '语气'}).selectOption('亲切');
    await page.getByRole('combobox', {name: '渠道'}).selectOption('在线聊天');
    await page.getByRole('searchbox', {name: '搜索话术'}).fill('已发订单号');
    const card = page.locator('[data-phrase-card="greeting-returning-order"]');
    await card.getByRole('button', {name: '填写并复制'}).click();
    await card.getByRole('radio', {name: '亲切'}).check();
    await card.getByRole('radio', {name: '在线聊天'}).check();
    await card.getByRole('textbox', {name: /^订单号/}).fill(ORDER_NO);
    await card.getByRole('button', {name: '复制', exact: true}).click();
    await expect.poll(() => card.getByRole('status').textContent()).toContain('已复制');

    const expected = filled(variantText('greeting-returning-order', '亲切', '在线聊天'), {order_no: ORDER_NO});
    expect(expected).toContain(` ${ORDER_NO} `);
    expect(await clipboard(page)).toBe(expected);
    const q = new URL(page.url()).searchParams;
    expect([q.get('tone'), q.get('channel'), q.get('open')]).toEqual(['亲切', '在线聊天', 'greeting-returning-order']);
    expect(errors).toEqual([]);
  });

  it('copies nothing while the order number is empty, and names the field', async () => {
    const {page, errors} = await open('/phrases/greeting-returning-order?tone=亲切&channel=在线聊天', {permissions: CLIPBOARD});
    await hydrated(page);
    await setClipboard(page, 'SENTINEL');
    await page.getByRole('button', {name: '复制', exact: true}).click();
    const status = page.locator('form [role=status]');
    await expect.poll(() => status.textContent()).toContain('还不能复制：请先填写“订单号”');
    const field = page.getByRole('textbox', {name: /^订单号/});
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('[data-preview] [data-missing]').count()).toBeGreaterThan(0);
    expect(await clipboard(page)).toBe('SENTINEL');
    expect(errors).toEqual([]);
  });

  it('opens the variant a deep link names and fills the profile (the nickname asked on the first copy)', async () => {
    const {page, errors} = await open('/phrases/greeting-standard?tone=专业&channel=电话', {permissions: CLIPBOARD});
    await hydrated(page);
    await expect.poll(() => page.getByRole('radio', {name: '电话'}).isChecked()).toBe(true);
    await page.getByRole('button', {name: '复制', exact: true}).click();
    await page.getByRole('dialog').getByRole('textbox', {name: '客服昵称'}).fill(SITE.defaultAgentName);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('form [role=status]').textContent()).toContain('已复制');
    const expected = filled(variantText('greeting-standard', '专业', '电话'), {agent: SITE.defaultAgentName, platform: SITE.platformName});
    expect(await clipboard(page)).toBe(expected);
    expect(expected).not.toMatch(/[{}]/);
    expect(errors).toEqual([]);
  });

  it('on the workbench: search focused, Enter opens, fill, Enter copies; the copy is listed as recent', async () => {
    const {page, errors} = await open('/workbench', {permissions: CLIPBOARD});
    await hydrated(page);
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('wb-search');
    await page.keyboard.type('已发订单号');
    await page.keyboard.press('Enter');
    const picker = page.locator('[data-workbench-picker]');
    const field = picker.getByRole('textbox', {name: /^订单号/});
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(ORDER_NO);
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.getByRole('status').textContent()).toContain('已复制');
    expect(await clipboard(page)).toBe(filled(variantText('greeting-returning-order', '亲切', '在线聊天'), {order_no: ORDER_NO}));

    await page.reload({waitUntil: 'networkidle'});
    await hydrated(page);
    const recent = page.getByRole('region', {name: '最近复制'});
    await recent.locator('[data-result]', {hasText: '客户已发订单号时的开场'}).waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps favourites across reloads, and resets them without an error when the stored value is corrupt', async () => {
    const {page, errors} = await open('/workbench');
    await hydrated(page);
    await page.getByRole('searchbox', {name: '找话术'}).fill('开场');
    const first = page.getByRole('region', {name: /搜索结果/}).getByRole('listitem').first();
    const star = first.getByRole('button', {name: /^收藏/});
    const label = (await star.getAttribute('aria-label'))!;
    await star.click();
    await page.reload({waitUntil: 'networkidle'});
    await hydrated(page);
    const favourites = page.getByRole('region', {name: /^收藏/});
    await favourites.getByRole('button', {name: label}).waitFor();

    await page.evaluate(`localStorage.setItem('kb:favourites', '{"oops": [1, 2')`);
    await page.reload({waitUntil: 'networkidle'});
    await hydrated(page);
    await favourites.getByText('点话术旁的').waitFor();
    await page.getByRole('searchbox', {name: '找话术'}).fill('开场');
    await page.getByRole('region', {name: /搜索结果/}).getByRole('listitem').first().getByRole('button', {name: /^收藏/}).click();
    expect(JSON.parse((await page.evaluate(`localStorage.getItem('kb:favourites')`)) as string)).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it.each(['/phrases', '/phrases?open=greeting-returning-order&tone=亲切', '/workbench', '/phrases/greeting-standard', '/docs/sop/reception'])(
    'has no axe violations on %s',
    async (url) => {
      const {page, errors} = await open(url);
      await hydrated(page);
      expect(await axeViolations(page, 'main')).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('fits a phone-width screen', async () => {
    for (const url of ['/phrases', '/workbench', '/phrases/greeting-returning-order']) {
      const {page} = await open(url, {viewport: {width: 390, height: 844}});
      await hydrated(page);
      expect(await page.evaluate('document.documentElement.scrollWidth'), url).toBeLessThanOrEqual(390);
      await page.context().close();
    }
  });
});
