import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {useBrowser} from './browser';
import {loadContent} from '../core/load';
import {SITE} from '../core/site';
import {renderTemplate} from '../core/template';

const {content} = loadContent(path.resolve(__dirname, '../..'));
const policies = Object.fromEntries(content.policies.map((p) => [p.id, p]));
const greeting = content.phrases.find((p) => p.id === 'greeting-standard')!;

describe('search', () => {
  const {open} = useBrowser();

  it('Ctrl+K → 退货 shows grouped, highlighted results; Esc returns focus', async () => {
    const {page, errors} = await open('/');
    await page.getByRole('button', {name: /搜索/}).first().focus();
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await input.fill('退货');
    await page.waitForSelector('[data-kb-query="退货"]');
    const groups = await page.$$eval('[role=listbox] [role=group]', (gs) => gs.map((g) => g.getAttribute('aria-labelledby')));
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const marks = await page.$$eval('[role=option] mark', (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(['退货', '退', '货']).toContain(m);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('搜索');
    expect(errors).toEqual([]);
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
  });

  it('has a shareable search page at /search?q=', async () => {
    const {page, errors} = await open(`/search?q=${encodeURIComponent('钱什么时候退')}`);
    await page.getByRole('heading', {level: 2, name: /问答/}).waitFor();
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
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
  });
});
