/**
 * The new hire's journey in Chromium: from the home page to the learning path, marking a
 * page read (kept across a reload), finishing a scenario with a score and explained
 * mistakes, the case reviews, and the quick-reference card printing on one A4 page.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {useBrowser} from './browser';
import {axeViolations} from './axe';
import {loadContent} from '../core/load';
import {toGlobalData} from '../core/views';
import {MISTAKES, type Scenario, type ScenarioTurn} from '../core/scenario';
import {factsFromDisplay, renderScenario} from '../components/Simulation/engine';

// The scenarios as the practice pages render them (policy facts written in).
const {content} = loadContent(path.resolve(__dirname, '../..'));
const FACTS = factsFromDisplay(toGlobalData(content).policies);
const SCENARIOS: Scenario[] = content.scenarios.map((x) => renderScenario(x, FACTS));
const moodAfter = (sc: Scenario, next: string) => sc.turns.find((t) => t.id === next)?.mood;

const progress = (page: Page, name = '新人上手总进度') => page.getByRole('progressbar', {name, exact: true}).first();
const hydrated = (page: Page) => page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});

describe('onboarding', () => {
  const {open} = useBrowser();

  it('follows the path from the home page, marks a page read, and keeps the progress across a reload', async () => {
    const {page, errors} = await open('/');
    await hydrated(page);
    await page.getByRole('navigation').getByRole('link', {name: '新人上手', exact: true}).click();
    await page.waitForURL('**/docs/onboarding');
    await page.getByRole('heading', {level: 1, name: '新人上手'}).waitFor();
    await expect(progress(page).getAttribute('aria-valuenow')).resolves.toBe('0');

    await page.getByRole('link', {name: /从第 1 天开始/}).click();
    await page.waitForURL('**/docs/sop');
    const box = page.getByRole('checkbox', {name: '标记为已读'});
    await box.check();
    await page.getByRole('status').filter({hasText: '已读'}).waitFor();

    await page.getByRole('link', {name: '← 返回学习路径'}).click();
    await page.waitForURL('**/docs/onboarding');
    await page.waitForFunction(() => document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') === '1');

    await page.reload({waitUntil: 'networkidle'});
    await page.waitForFunction(() => document.querySelector('[role=progressbar]')?.getAttribute('aria-valuetext')?.startsWith('已完成 1/'));
    await expect(page.locator('li[data-done]').count()).resolves.toBe(1);
    await expect(page.getByRole('link', {name: /继续学习：第 1 天 · 专业能力/}).count()).resolves.toBe(1);

    // The read box on the page itself remembers too.
    await page.goto(page.url().replace(/\/docs\/onboarding$/, '/docs/sop'), {waitUntil: 'networkidle'});
    await page.waitForFunction(() => (document.querySelector('[data-mark-read] input') as HTMLInputElement | null)?.checked === true);

    // Corrupt storage: the page recovers with empty progress instead of breaking.
    await page.evaluate(() => localStorage.setItem('kb:onboarding-read', '{broken'));
    await page.goto(page.url().replace(/\/docs\/sop$/, '/docs/onboarding'), {waitUntil: 'networkidle'});
    await page.waitForFunction(() => document.querySelector('[role=progressbar]')?.getAttribute('aria-valuetext')?.startsWith('已完成 0/'));
    expect(errors).toEqual([]);
  });

  it('finishes a scenario: a poor reply angers the customer, the score and the mistakes are explained', async () => {
    const {page, errors} = await open('/practice');
    expect(await page.locator('[data-scenario]').count()).toBeGreaterThanOrEqual(30);
    // A scenario whose first turn has a poor reply leading to an angrier customer.
    const sc = SCENARIOS.find((x) => x.turns[0]!.options.some((o) => !o.best && o.next && moodAfter(x, o.next) === '愤怒'))!;
    const first = sc.turns[0]!;
    const poor = first.options.find((o) => !o.best && o.next && moodAfter(sc, o.next) === '愤怒')!;
    await page.locator(`[data-scenario="${sc.id}"] a`).click();
    await page.waitForURL(`**/practice/${sc.id}`);
    await page.getByRole('heading', {level: 1, name: sc.title}).waitFor();
    await hydrated(page);

    await page.getByRole('button', {name: poor.reply, exact: true}).click();
    await page.locator('[aria-live="polite"]').getByText(`✗ ${MISTAKES[poor.mistake!]}`).waitFor();
    await page.getByRole('button', {name: '继续对话'}).click();
    const angry = sc.turns.find((t) => t.id === poor.next)!;
    await page.getByText(angry.customer).first().waitFor();
    await page.getByText('情绪：愤怒').waitFor();

    // From here on, the best reply every time.
    for (let turn: ScenarioTurn | undefined = angry; turn; ) {
      const best: ScenarioTurn["options"][number] = turn.options.find((o) => o.best)!;
      await page.getByRole('button', {name: best.reply, exact: true}).click();
      await page.locator('[aria-live="polite"]').getByText('✓ 回复得当').waitFor();
      const next: ScenarioTurn | undefined = best.next === 'end' ? undefined : best.next ? sc.turns.find((t) => t.id === best.next) : sc.turns[sc.turns.indexOf(turn) + 1];
      if (next) await page.getByRole('button', {name: '继续对话'}).click();
      turn = next;
    }
    await page.getByRole('button', {name: '查看得分'}).click();

    const heading = page.getByRole('heading', {name: /^得分：\d+ 分$/});
    await heading.waitFor();
    const score = Number(/\d+/.exec((await heading.textContent())!)![0]);
    expect(score).toBeLessThan(100);
    await page.getByRole('heading', {name: '错误回顾'}).waitFor();
    const review = await page.locator('section[aria-labelledby="sim-score"]').innerText();
    expect(review).toContain(MISTAKES[poor.mistake!]);
    expect(review).toContain('更好的回复：');

    // The score is kept: the list shows it after a reload.
    await page.goto(page.url().replace(new RegExp(`/practice/${sc.id}$`), '/practice'), {waitUntil: 'networkidle'});
    await page.locator(`[data-scenario="${sc.id}"]`).getByText(new RegExp(`最好 ${score} 分`)).waitFor();
    expect(errors).toEqual([]);
  });

  it('plays a scenario at phone width without sideways scrolling', async () => {
    const sc = SCENARIOS[0]!;
    const {page, errors} = await open(`/practice/${sc.id}`, {viewport: {width: 375, height: 740}});
    await hydrated(page);
    await page.getByRole('button', {name: sc.turns[0]!.options.find((o) => o.best)!.reply, exact: true}).click();
    await page.locator('[aria-live="polite"]').getByText('✓ 回复得当').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it('renders the case reviews with annotated conversations', async () => {
    const {page, errors} = await open('/docs/onboarding/cases');
    const links = await page.locator('article a[href^="/docs/onboarding/cases/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const href of links) {
      await page.goto(new URL(href, page.url()).href, {waitUntil: 'networkidle'});
      expect(await page.locator('ol[aria-label="对话还原"] > li').count(), href).toBeGreaterThan(3);
      expect(await page.getByText(/✓ 做得好：|✗ 问题：/).count(), href).toBeGreaterThan(0);
      expect(await page.getByText(/好案例：值得照着做|反面案例：别这样做/).count(), href).toBe(1);
    }
    expect(errors).toEqual([]);
  });

  it('prints the quick-reference card on one A4 page, without the site around it', async () => {
    const {page, errors} = await open('/docs/onboarding/quick-reference');
    await page.locator('[data-quick-card]').waitFor();
    await page.emulateMedia({media: 'print'});
    expect(await page.locator('.navbar').isVisible()).toBe(false);
    expect(await page.locator('[data-quick-card]').isVisible()).toBe(true);
    const pdf = (await page.pdf({format: 'A4', printBackground: true})).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
    expect(errors).toEqual([]);
  });

  it('has no axe violations on the path, a scenario with feedback, the score, a case review and the card', async () => {
    const {page} = await open('/docs/onboarding');
    await hydrated(page);
    const found: Record<string, string[]> = {'/docs/onboarding': await axeViolations(page, 'main')};
    // A scenario played to the end: a poor first reply (feedback shown), then the best ones.
    const sc = SCENARIOS[0]!;
    await page.goto(page.url().replace(/\/docs\/onboarding$/, `/practice/${sc.id}`), {waitUntil: 'networkidle'});
    await hydrated(page);
    let turn: ScenarioTurn | undefined = sc.turns[0]!;
    let first = true;
    while (turn) {
      const pick: ScenarioTurn['options'][number] = first ? turn.options.find((o) => !o.best)! : turn.options.find((o) => o.best)!;
      await page.getByRole('button', {name: pick.reply, exact: true}).click();
      if (first) found['feedback'] = await axeViolations(page, 'main');
      first = false;
      const here: ScenarioTurn = turn;
      const next: ScenarioTurn | undefined = pick.next === 'end' ? undefined : pick.next ? sc.turns.find((t) => t.id === pick.next) : sc.turns[sc.turns.indexOf(here) + 1];
      if (next) await page.getByRole('button', {name: '继续对话'}).click();
      turn = next;
    }
    await page.getByRole('button', {name: '查看得分'}).click();
    await page.getByRole('heading', {name: /得分：/}).waitFor();
    found['score'] = await axeViolations(page, 'main');
    for (const path of ['/practice', '/docs/onboarding/cases/delay-promise', '/docs/onboarding/quick-reference']) {
      await page.goto(new URL(path, page.url()).href, {waitUntil: 'networkidle'});
      await hydrated(page);
      found[path] = await axeViolations(page, 'main');
    }
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
  });
});
