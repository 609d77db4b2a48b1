/**
 * The agent's loop without rough edges, in Chromium against the production build: axe in
 * light and dark mode, the nickname asked once in a focus-trapped dialog, the preview
 * equal to the clipboard, SMS never given the general text, storage full or blocked,
 * input that used to crash, practice badges and links, Chinese-only labels, print.
 */
import {segmentations} from '../search/pinyin';
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {useBrowser} from './browser';
import {axeViolations, setTheme} from './axe';

const CLIPBOARD = ['clipboard-read', 'clipboard-write'];
const ORDER_NO = '202611290001234567';

const hydrated = (page: Page) => page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});
const clipboard = (page: Page) => page.evaluate('navigator.clipboard.readText()') as Promise<string>;

const PAGES = ['/', '/workbench', '/phrases/greeting-returning-order', '/practice/reception-first-message'];

describe('the agent loop, polished', () => {
  const {open} = useBrowser();

  it.each(PAGES.flatMap((url) => [[url, 'light'] as const, [url, 'dark'] as const]))('has no axe violations on %s in %s mode', async (url, theme) => {
    const {page, errors, context} = await open(url);
    await setTheme(page, theme);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // The navbar's search trigger (src/theme/SearchBar) hides its text at phone width: its
  // name is the search dialog owner's; this checks the page content at 390 px.
  it('has no axe violations at 390 px in the page content, with every control named', async () => {
    for (const url of PAGES) {
      const {page, context} = await open(url, {viewport: {width: 390, height: 844}});
      await hydrated(page);
      expect(await axeViolations(page, 'main'), url).toEqual([]);
      const unnamed = await page.$$eval('main button, main a[href], main input:not([type=hidden]), main select, main [role=button]', (els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .filter((el) => {
            const e = el as HTMLElement;
            const labelled = e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.getAttribute('title');
            const labels = (e as HTMLInputElement).labels?.length;
            return !labelled && !labels && !e.textContent?.trim();
          })
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      expect(unnamed, url).toEqual([]);
      await context.close();
    }
  });

  it('labels the UI in Chinese: no English in names, titles or placeholders', async () => {
    // Pinyin (the search boxes' examples of a pinyin query, e.g. yanwu for 延误) is not English.
    const allowed = /^(SOP|SKU|Ctrl|Enter|Esc|Tab|Shift|Alt|App|pinyin|Chromium)$/i;
    const isPinyin = (w: string) => segmentations(w.toLowerCase()).length > 0;
    for (const url of [...PAGES, '/docs/sop', '/phrases', '/practice']) {
      const {page, context} = await open(url, {viewport: {width: 390, height: 844}});
      await hydrated(page);
      const words = await page.$$eval('[aria-label], [title], [placeholder], [alt]', (els) =>
        els.flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? '')).flatMap((v) => v.match(/[A-Za-z]{3,}/g) ?? []),
      );
      expect(words.filter((w) => !allowed.test(w) && !isPinyin(w)), url).toEqual([]);
      await context.close();
    }
  });

  it('asks for the nickname on the first copy in a dialog that holds focus, then copies what the preview shows', async () => {
    const {page, errors} = await open('/phrases/greeting-standard?tone=专业&channel=在线聊天', {permissions: CLIPBOARD});
    await hydrated(page);
    const preview = page.locator('[data-preview]');
    await expect.poll(() => preview.textContent()).toContain('客服昵称');
    const copy = page.getByRole('button', {name: '复制', exact: true});
    await copy.click();
    const dialog = page.getByRole('dialog', {name: '先填写你的客服昵称'});
    await dialog.waitFor();
    const field = dialog.getByRole('textbox', {name: '客服昵称'});
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role=dialog]')))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({state: 'detached'});
    await expect.poll(() => copy.evaluate((el) => el === document.activeElement)).toBe(true);

    await copy.click();
    await field.fill('阿青');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('form [role=status]').first().textContent()).toContain('已复制');
    const copied = await clipboard(page);
    expect(copied).toContain('客服阿青');
    expect(await preview.textContent()).toBe(copied);
    expect(errors).toEqual([]);
  });

  it('shows in the preview the spaced text the clipboard gets, and clears 已复制 on a change', async () => {
    const {page, errors} = await open('/phrases/greeting-returning-order?tone=亲切&channel=在线聊天', {permissions: CLIPBOARD});
    await hydrated(page);
    await page.getByRole('textbox', {name: /^订单号/}).fill(ORDER_NO);
    await page.getByRole('button', {name: '复制', exact: true}).click();
    const status = page.locator('form [role=status]').first();
    await expect.poll(() => status.textContent()).toContain('已复制');
    const copied = await clipboard(page);
    expect(copied).toContain(` ${ORDER_NO} `);
    expect(await page.locator('[data-preview]').textContent()).toBe(copied);
    await page.getByRole('radio', {name: '专业'}).check();
    await expect.poll(() => status.textContent()).toBe('');
    expect(errors).toEqual([]);
  });

  it('never gives the general text for 短信 + 专业 when the SMS version is 简洁, and says so', async () => {
    const {page, errors} = await open('/phrases/order-ship-delay-apology?tone=专业&channel=短信');
    await hydrated(page);
    const note = page.locator('[data-fallback]');
    await expect.poll(() => note.textContent()).toContain('没有“专业 · 短信”的版本：短信只有“简洁”语气的版本');
    expect(await page.locator('[data-preview]').textContent()).toMatch(/提醒您/);
    expect(errors).toEqual([]);
  });

  it('with storage full: favourites stored earlier still count, and the workbench and library warn once in Chinese', async () => {
    const {page, errors, context} = await open('/workbench');
    await page.evaluate(() => localStorage.setItem('kb:favourites', JSON.stringify(['greeting-standard', 'greeting-returning-order'])));
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload({waitUntil: 'networkidle'});
    await hydrated(page);
    await expect.poll(() => page.locator('#wb-fav').textContent()).toContain('收藏 2 条');
    await page.getByRole('region', {name: /^收藏/}).getByRole('button', {name: /^收藏/}).first().click();
    await expect.poll(() => page.locator('#wb-fav').textContent()).toContain('收藏 1 条');
    const notice = page.locator('[data-storage-notice]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('存储空间已满');

    await page.goto(page.url().replace('/workbench', '/phrases'), {waitUntil: 'networkidle'});
    await hydrated(page);
    await page.getByRole('checkbox', {name: /只看收藏/}).waitFor();
    expect(await page.getByText(/只看收藏（2）/).count()).toBe(1);
    expect(errors.filter((e) => !/QuotaExceeded/.test(e))).toEqual([]);
  });

  it('survives lone surrogates, control characters and a huge paste in every field', async () => {
    const {page, errors} = await open('/workbench?id=%ED%A0%80%00', {permissions: CLIPBOARD});
    await hydrated(page);
    const search = page.getByRole('searchbox', {name: '找话术'});
    await search.evaluate((el: HTMLInputElement) => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      set.call(el, '退款\uD83D\u0000');
      el.dispatchEvent(new Event('input', {bubbles: true}));
    });
    await page.waitForTimeout(300);
    await search.fill('已发订单号');
    await page.keyboard.press('Enter');
    const field = page.locator('[data-workbench-picker]').getByRole('textbox', {name: /^订单号/});
    await field.evaluate((el: HTMLInputElement) => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      set.call(el, '1'.repeat(200_000) + '\uDE00');
      el.dispatchEvent(new Event('input', {bubbles: true}));
    });
    expect((await field.inputValue()).length).toBeLessThanOrEqual(200);
    expect(await page.getByRole('heading', {level: 1, name: '工作台'}).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('practice: a failed final check is not shown as done, and the end of a scenario leads to the next step', async () => {
    const {page, errors} = await open('/practice');
    await page.evaluate(() =>
      localStorage.setItem('kb:practice-results', JSON.stringify({'final-broken-blender': {last: 20, best: 20, runs: 1, at: '2026-11-29T08:00:00.000Z'}})),
    );
    await page.reload({waitUntil: 'networkidle'});
    await hydrated(page);
    const badge = page.locator('[data-scenario="final-broken-blender"] [data-state]');
    await expect.poll(() => badge.getAttribute('data-state')).toBe('failed');
    expect(await badge.textContent()).toMatch(/^✗ 未过关/);

    await page.goto(page.url().replace('/practice', '/practice/reception-first-message'), {waitUntil: 'networkidle'});
    await hydrated(page);
    for (let turn = 0; turn < 12; turn++) {
      const done = page.getByRole('button', {name: '查看得分'});
      if (await done.count()) {
        await done.click();
        break;
      }
      await page.locator('fieldset button:not([disabled])').first().click();
      const go = page.getByRole('button', {name: /继续对话|查看得分/});
      if ((await go.textContent()) === '继续对话') await go.click();
    }
    const next = page.locator('[data-next-step]');
    await next.waitFor();
    expect(await next.getAttribute('href')).toBe('/docs/sop/reception');
    expect(errors).toEqual([]);
  });

  it('shows one "next" link on the SOP overview, and no editor template on the case-review index', async () => {
    const {page, errors} = await open('/docs/sop');
    await hydrated(page);
    expect(await page.locator('article a, nav.pagination-nav a').filter({hasText: /下一页|下一步/}).count()).toBe(1);
    await page.goto(page.url().replace('/docs/sop', '/docs/onboarding/cases'), {waitUntil: 'networkidle'});
    await hydrated(page);
    expect(await page.locator('main').textContent()).not.toMatch(/CaseSummary|CaseLine|写一篇新的复盘/);
    expect(errors).toEqual([]);
  });

  it('prints the quick card black on white even in dark mode', async () => {
    const {page, errors} = await open('/docs/onboarding/quick-reference');
    await setTheme(page, 'dark');
    await page.emulateMedia({media: 'print'});
    const colours = await page.evaluate(() => {
      const card = document.querySelector('[data-quick-card]')!;
      const body = getComputedStyle(document.body);
      const text = getComputedStyle(card.querySelector('td') ?? card.querySelector('li') ?? card);
      return {bodyBg: body.backgroundColor, text: text.color, cardBg: getComputedStyle(card).backgroundColor};
    });
    expect(colours.bodyBg).toBe('rgb(255, 255, 255)');
    expect(colours.cardBg).toMatch(/rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)/);
    expect(colours.text).toMatch(/rgb\((0|17|28|34|51), (0|17|30|34|51), (0|17|33|34|51)\)/);
    expect(errors).toEqual([]);
  });
});
