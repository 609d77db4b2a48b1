/**
 * Q&A entry pages in headless Chromium against the production build: every entry has its
 * own page, the category page is its index, old `#<id>` links still arrive, and the copy
 * button writes the rendered standard answer to the real clipboard.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {useBrowser} from './browser';
import {axeViolations, setTheme} from './axe';
import {loadContent} from '../core/load';
import {KB_ROUTES, toQaView} from '../core/views';

const {content} = loadContent(path.resolve(__dirname, '../..'));

const entry = toQaView(content.qa.find((q) => q.id === 'refund-arrival-time')!, content.policies);

describe('Q&A entry pages', () => {
  const {open} = useBrowser();

  it('shows one entry with its answer, steps, escalation, related phrases and the extras slot', async () => {
    const {page, errors} = await open(entry.url);
    await page.getByRole('heading', {level: 1, name: entry.question}).waitFor();
    const answer = await page.locator('[data-answer]').textContent();
    expect(answer).toBe(entry.answer);
    expect(answer).not.toMatch(/[{}]/);
    expect(await page.getByRole('heading', {level: 2, name: '处理步骤'}).count()).toBe(1);
    expect(await page.getByRole('note').textContent()).toContain('何时升级');
    expect(await page.locator('[data-phrase-id]').count()).toBe(entry.phrases.length);
    expect(await page.locator('#qa-entry-extras').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows four customer phrasings above the answer and folds the rest, opened from the keyboard', async () => {
    const many = content.qa.find((q) => q.alternates.length > 4)!;
    const {page, errors} = await open(KB_ROUTES.qaEntry(many.category, many.id));
    const more = page.locator('details summary', {hasText: `还有 ${many.alternates.length - 4} 种问法`});
    await more.waitFor();
    const last = page.getByText(many.alternates.at(-1)!, {exact: true});
    expect(await last.isVisible()).toBe(false);
    await more.focus();
    await page.keyboard.press('Enter');
    await last.waitFor({state: 'visible'});
    expect(errors).toEqual([]);
  });

  it('copies the rendered standard answer with its copy button', async () => {
    const {page, errors} = await open(entry.url, {permissions: ['clipboard-read', 'clipboard-write']});
    await page.getByRole('button', {name: '复制标准答复'}).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(entry.answer);
    expect(await page.locator('[data-qa-entry] [role=status]').first().textContent()).toContain('已复制');
    expect(errors).toEqual([]);
  });

  it('lets a related phrase be filled and copied inline', async () => {
    const {page, errors} = await open(entry.url, {permissions: ['clipboard-read', 'clipboard-write']});
    const picker = page.locator('[data-phrase-id]').first();
    const id = await picker.getAttribute('data-phrase-id');
    const phrase = content.phrases.find((p) => p.id === id)!;
    for (const [name, ph] of Object.entries(phrase.placeholders)) {
      const input = picker.locator(`input[name="${name}"]`);
      if (!(await input.count())) continue;
      await input.fill(ph.type === 'order_no' ? '2026112400012345' : ph.type === 'money' ? '25' : ph.type === 'tracking_no' ? 'SF1234567890' : '保温杯');
    }
    await picker.locator('[data-action=copy]').click();
    await expect.poll(() => picker.getByRole('status').first().textContent()).toContain('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toMatch(/[{}]/);
    expect(errors).toEqual([]);
  });

  it('lists every entry of a category, linking to its page', async () => {
    const {page, errors} = await open(KB_ROUTES.qaCategory('refund'));
    const links = await page.$$eval('[data-entry-id] a', (as) => as.map((a) => a.getAttribute('href')));
    const expected = content.qa.filter((q) => q.category === 'refund').map((q) => KB_ROUTES.qaEntry(q.category, q.id));
    expect(links.sort()).toEqual(expected.sort());
    await page.locator(`[data-entry-id="${entry.id}"] a`).click();
    await page.waitForURL(`**${entry.url}`);
    await page.getByRole('heading', {level: 1, name: entry.question}).waitFor();
    expect(errors).toEqual([]);
  });

  it('forwards an old /qa/<category>#<id> link to the entry page', async () => {
    const {page, errors} = await open(`/qa/${entry.category}#${entry.id}`);
    await page.waitForURL(`**${entry.url}`);
    await page.getByRole('heading', {level: 1, name: entry.question}).waitFor();
    expect(errors).toEqual([]);
  });

  it('opens from the search with Enter', async () => {
    const {page, errors} = await open('/');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill(entry.question);
    await page.waitForSelector(`[data-kb-query="${entry.question}"]`);
    const at = await page.$$eval('[role=option]', (os, q) => os.findIndex((o) => o.getAttribute('data-type') === 'qa' && o.textContent?.includes(q)), entry.question);
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === entry.url);
    await page.getByRole('heading', {level: 1, name: entry.question}).waitFor();
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no axe violations on the entry page and in the search dialog (%s)', async (theme) => {
    const {page, errors} = await open(entry.url);
    await setTheme(page, theme);
    expect(await axeViolations(page, 'main')).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('物流延误');
    await page.waitForSelector('[data-kb-query="物流延误"]');
    expect(await axeViolations(page, '[role=dialog]')).toEqual([]);
    expect(await axeViolations(page, '.navbar')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
