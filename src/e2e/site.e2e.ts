import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {useBrowser} from './browser';
import {loadContent} from '../core/load';

const {content} = loadContent(path.resolve(__dirname, '../..'));

describe('the site', () => {
  const {open} = useBrowser();

  it('renders the home page in Chinese', async () => {
    const {page, errors} = await open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await expect(page.title()).resolves.toContain('客服知识库');
    await page.getByRole('heading', {name: '服务五步'}).waitFor();
    expect(errors).toEqual([]);
  });

  it('leads through the SOP in order from the sidebar and the next-page links', async () => {
    const {page, errors} = await open('/docs/sop');
    const sidebar = await page.$$eval('nav.menu a.menu__link', (as) => as.map((a) => a.textContent?.trim()));
    const stageNames = content.taxonomy.stages.map((s) => s.name);
    const positions = stageNames.map((n) => sidebar.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Following 下一页 from the overview walks the five stages in order.
    for (const stage of content.taxonomy.stages) {
      await page.locator('a.pagination-nav__link--next').click();
      await page.waitForURL(`**${stage.doc}`);
      await page.locator('article h1').filter({hasText: stage.name}).waitFor();
    }
    expect(errors).toEqual([]);
  });

  it('renders every Q&A entry on its category page without console errors', async () => {
    let rendered = 0;
    for (const category of content.taxonomy.categories) {
      const {page, errors, context} = await open(`/qa/${category.id}`);
      await page.getByRole('heading', {level: 1, name: category.name}).waitFor();
      const ids = await page.$$eval('[data-entry-id]', (els) => els.map((e) => e.getAttribute('data-entry-id')));
      expect(ids.sort()).toEqual(content.qa.filter((q) => q.category === category.id).map((q) => q.id).sort());
      rendered += ids.length;
      expect(errors).toEqual([]);
      await context.close();
    }
    expect(rendered).toBe(content.rawCounts.qa);
  });

  it('opens a phrase page without console errors', async () => {
    const phrase = content.phrases[0]!;
    const {page, errors} = await open(`/phrases/${phrase.id}`);
    await page.getByRole('heading', {level: 1}).filter({hasText: phrase.title}).waitFor();
    expect(errors).toEqual([]);
  });
});
