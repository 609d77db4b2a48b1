import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {useBrowser} from './browser';
import {loadContent} from '../core/load';
import {SITE} from '../core/site';
import {renderPolicies, renderTemplate} from '../core/template';

const {content} = loadContent(path.resolve(__dirname, '../..'));
const policies = Object.fromEntries(content.policies.map((p) => [p.id, p]));
const greeting = content.phrases.find((p) => p.id === 'greeting-standard')!;

describe('search', () => {
  const {open} = useBrowser();

  it('Ctrl+K → 退货 shows labelled, highlighted results ranked across kinds; Esc returns focus', async () => {
    const {page, errors} = await open('/');
    await page.getByRole('button', {name: '搜索知识库'}).focus();
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('退货');
    await page.waitForSelector('[data-kb-query="退货"]');
    const kinds = await page.$$eval('[role=listbox] [role=option]', (os) => os.map((o) => o.getAttribute('data-type')));
    expect(new Set(kinds).size).toBeGreaterThanOrEqual(2);
    const marks = await page.$$eval('[role=option] mark', (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(['退货', '退', '货']).toContain(m);
    // Esc from a button inside the dialog, not only from the box.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    // Focus is back on the search button (polled: the close commits after the key event).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('dialog');
    expect(errors).toEqual([]);
  });

  it('keeps Tab inside the dialog and ignores the Enter that commits a pinyin composition', async () => {
    const {page, errors} = await open('/docs/sop');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('退款');
    await page.waitForSelector('[data-kb-query="退款"]');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'))).toBe(true);
    }
    await page.getByRole('combobox').focus();
    // What Chromium sends when Enter commits an IME composition: keyCode 229, isComposing.
    await page.getByRole('combobox').dispatchEvent('keydown', {key: 'Enter', keyCode: 229, isComposing: true, bubbles: true});
    await page.waitForTimeout(200);
    expect(new URL(page.url()).pathname).toBe('/docs/sop');
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('survives a lone surrogate typed into the box and into the URL', async () => {
    const {page, errors} = await open('/');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').evaluate((el: HTMLInputElement) => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      set.call(el, '\uD83D退款\uDC00');
      el.dispatchEvent(new Event('input', {bubbles: true}));
    });
    await page.waitForSelector('[data-kb-query="退款"]');
    await page.getByRole('link', {name: '在搜索页查看全部'}).click();
    await page.waitForURL(/\/search\?q=/);
    const {page: direct, errors: directErrors} = await open('/search?q=%ED%A0%80%E9%80%80%E6%AC%BE');
    await direct.waitForSelector('#kb-search-page-input');
    expect(errors).toEqual([]);
    expect(directErrors).toEqual([]);
  });

  it('opens a result with the keyboard and highlights the terms on the page', async () => {
    const {page, errors} = await open('/docs/sop');
    await page.keyboard.press('/');
    await page.getByRole('combobox').fill('上门取件');
    await page.waitForSelector('[data-kb-query="上门取件"]');
    await page.keyboard.press('ArrowDown');
    const active = await page.getAttribute('[role=combobox]', 'aria-activedescendant');
    expect(active).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL(/hl=/);
    await page.waitForSelector('mark[data-kb-hit]');
    expect(await page.locator('mark[data-kb-hit]').first().textContent()).toBe('上门取件');
    expect(errors).toEqual([]);
  });

  it('copies a phrase result filled with the agent profile (Ctrl+Enter)', async () => {
    const {page, errors} = await open('/', {permissions: ['clipboard-read', 'clipboard-write']});
    // The agent has given a nickname (it is never defaulted: without one the copy asks for it).
    await page.evaluate((name) => localStorage.setItem('kb:profile', JSON.stringify({agentName: name, platformName: ''})), SITE.defaultAgentName);
    await page.reload({waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('标准开场白');
    await page.waitForSelector('[data-kb-query="标准开场白"]');
    const phraseIndex = await page.$$eval('[role=option]', (os) => os.findIndex((o) => o.getAttribute('data-type') === 'phrase'));
    for (let i = 0; i < phraseIndex; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Enter');
    const variant = greeting.variants.find((v) => !v.channel || v.channel === '在线聊天')!;
    const expected = renderTemplate(variant.text, {values: {agent: SITE.defaultAgentName, platform: SITE.platformName}, policies}).text;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('已复制');
    expect(errors).toEqual([]);
  });

  it('refuses to copy a phrase that needs an order number, naming the field', async () => {
    const {page} = await open('/', {permissions: ['clipboard-read', 'clipboard-write']});
    await page.evaluate(() => navigator.clipboard.writeText('unchanged'));
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('客户已发订单号时的开场');
    await page.waitForSelector('[data-kb-query="客户已发订单号时的开场"]');
    const phraseIndex = await page.$$eval('[role=option]', (os) => os.findIndex((o) => o.getAttribute('data-type') === 'phrase'));
    for (let i = 0; i < phraseIndex; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('订单号');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('unchanged');
    // "按 Enter 打开话术页填写": the page opens with the cursor in the order-number field.
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/phrases\/.*fill=1/);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? document.activeElement?.tagName))
      .toBe('order_no');
  });

  it('copies the standard answer of a Q&A result on Ctrl+Enter, with a visible 已复制', async () => {
    const entry = content.qa.find((q) => q.id === 'refund-arrival-time')!;
    const answer = renderPolicies(entry.answer, policies);
    const {page, errors} = await open('/', {permissions: ['clipboard-read', 'clipboard-write']});
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill(entry.question);
    await page.waitForSelector(`[data-kb-query="${entry.question}"]`);
    const at = await page.$$eval('[role=option]', (os, q) => os.findIndex((o) => o.getAttribute('data-type') === 'qa' && o.textContent?.includes(q)), entry.question);
    expect(at).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(answer);
    expect(answer).not.toMatch(/[{}]/);
    const status = page.locator('[role=dialog] [role=status]');
    expect(await status.textContent()).toContain('已复制');
    expect(await status.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('has a shareable search page at /search?q=', async () => {
    const {page, errors} = await open(`/search?q=${encodeURIComponent('钱什么时候退')}`);
    await page.locator('main li[data-type]').first().waitFor();
    expect(await page.locator('main li a').first().textContent()).toContain('退款');
    expect(await page.inputValue('#kb-search-page-input')).toBe('钱什么时候退');
    expect(errors).toEqual([]);
  });

  it.each([
    ['10,000 characters', '退'.repeat(10_000)],
    ['regex metacharacters', '.*+?^${}()|[]\\'],
    ['a script tag', '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">'],
    ['emoji', '📦😀退款'],
    ['only spaces', '          '],
  ])('survives a query of %s', async (_, q) => {
    const {page, errors} = await open('/');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill(q);
    await page.waitForTimeout(400);
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as {__xss?: number}).__xss)).toBeUndefined();
    expect((await page.getByRole('combobox').inputValue()).length).toBeLessThanOrEqual(128);
    expect(errors).toEqual([]);
  });

  it('says so clearly when the index cannot be loaded', async () => {
    const {page, context} = await open('/');
    await context.route('**/kb-index/**', (route) => route.abort());
    await page.evaluate(() => {
      // A fresh engine: the page may already have fetched meta.json while idle.
      (window as unknown as {location: Location}).location.reload();
    });
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('退款');
    await expect.poll(() => page.getByRole('alert').textContent(), {timeout: 10_000}).toContain('加载失败');
    expect(await page.getByRole('alert').textContent()).not.toMatch(/[A-Za-z]/);
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
  });
});

/** A customer's message typed as is, and what a fitting phrase for it is. */
const CUSTOMER_MESSAGES: [string, (id: string) => boolean][] = [
  ['包裹一周了还在路上', (id) => content.phrases.find((p) => p.id === id)?.category === 'logistics'],
  ['杯子到手就碎了', (id) => content.phrases.find((p) => p.id === id)?.tags.includes('破损') ?? false],
];

/** A valid value for each kind of field a phrase asks for. */
async function fillEmptyFields(page: Page, root: string) {
  for (const input of await page.locator(`${root} form input:not([type=radio]):not([type=checkbox])`).all()) {
    if (await input.inputValue()) continue;
    const type = await input.getAttribute('type');
    const name = (await input.getAttribute('name')) ?? '';
    const value =
      type === 'date' ? '2026-11-25' : type === 'datetime-local' ? '2026-11-25T10:00' : type === 'time' ? '10:00' : FIELD_VALUES[name] ?? FIELD_VALUES[placeholderType(name)] ?? '上海';
    await input.fill(value);
  }
}
const FIELD_VALUES: Record<string, string> = {order_no: '2026112400012345', tracking_no: 'SF1234567890', money: '25', product: '保温杯', customer_title: '张女士'};
const placeholderType = (name: string) => content.phrases.flatMap((p) => Object.entries(p.placeholders)).find(([n]) => n === name)?.[1].type ?? '';

/** An agent describing the case, and what a fitting phrase for it is. */
const AGENT_DESCRIPTIONS: [string, (id: string) => boolean][] = [
  ['客户情绪很激动', (id) => ['soothing', 'difficult'].includes(content.phrases.find((p) => p.id === id)?.scenario ?? '')],
  ['客户要找领导', (id) => content.phrases.find((p) => p.id === id)?.scenario === 'escalation'],
];

describe('an agent describing the case', () => {
  const {open} = useBrowser();

  it.each(AGENT_DESCRIPTIONS)('"%s" puts a phrase for that situation first in Ctrl+K', async (description, fits) => {
    const {page, errors} = await open('/');
    const ids = await dialogPhraseIds(page, description);
    expect(fits(ids[0] ?? ''), `前 3 条：${ids.slice(0, 3).join('、')}`).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('a customer\u2019s message typed as is', () => {
  const {open} = useBrowser();

  it.each(CUSTOMER_MESSAGES)('"%s" finds a fitting phrase within 3 results in Ctrl+K', async (message, fits) => {
    const {page, errors} = await open('/');
    const ids = await dialogPhraseIds(page, message);
    expect(ids.length, `“${message}”在 Ctrl+K 里没有结果`).toBeGreaterThan(0);
    expect(ids.slice(0, 3).some((id) => id && fits(id)), `前 3 条：${ids.slice(0, 3).join('、')}`).toBe(true);
    expect(errors).toEqual([]);
  });

  it.each(CUSTOMER_MESSAGES)('"%s" in the workbench: results, then a fitting phrase filled and copied', async (message, fits) => {
    const {page, errors} = await open('/workbench', {permissions: ['clipboard-read', 'clipboard-write']});
    await page.getByRole('searchbox', {name: '找话术'}).fill(message);
    await page.locator('[data-result]').first().waitFor();
    const titles = await page.$$eval('[data-result]', (bs) => bs.slice(0, 3).map((b) => b.closest('li')?.querySelector('[aria-label^="收藏"]')?.getAttribute('aria-label')));
    const ids = titles.map((t) => content.phrases.find((p) => `收藏“${p.title}”` === t)?.id ?? '');
    const at = Math.max(0, ids.findIndex((id) => fits(id)));
    await page.locator('[data-result]').nth(at).click();
    await page.locator('[data-workbench-picker] form').waitFor();
    await fillEmptyFields(page, '[data-workbench-picker]');
    await page.locator('[data-workbench-picker] [data-action=copy]').click();
    await expect.poll(() => page.locator('[data-workbench-picker] [role=status]').first().textContent()).toContain('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.length).toBeGreaterThan(5);
    expect(copied).not.toMatch(/[{}〔〕]/);
    expect(ids.some((id) => fits(id)), `前 3 条：${ids.join('、')}`).toBe(true);
    expect(errors).toEqual([]);
  });

  it.each(CUSTOMER_MESSAGES)('"%s" in /phrases finds a fitting phrase within 3 results', async (message, fits) => {
    const {page, errors} = await open('/phrases');
    await page.getByRole('searchbox', {name: '搜索话术'}).fill(message);
    await expect.poll(() => page.locator('[role=status]').first().textContent()).toMatch(/找到 \d+ 条/);
    const ids = await page.$$eval('[data-phrase-card]', (cs) => cs.slice(0, 3).map((c) => c.getAttribute('data-phrase-card') ?? ''));
    expect(ids.length, `“${message}”在话术库里没有结果`).toBeGreaterThan(0);
    expect(ids.some((id) => fits(id)), `前 3 条：${ids.join('、')}`).toBe(true);
    expect(errors).toEqual([]);
  });
});

/** Type `query` into Ctrl+K as is; the phrase ids of its results, in order ('' for other kinds). */
async function dialogPhraseIds(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox').fill(query);
  await page.waitForSelector(`[data-kb-query="${query}"]`);
  const titles = await page.$$eval('[role=option]', (os) => os.map((o) => (o.getAttribute('data-type') === 'phrase' ? o.querySelector('div:nth-child(2)')?.textContent ?? '' : '')));
  return titles.map((t) => (t ? content.phrases.find((p) => p.title === t)?.id ?? '' : ''));
}
