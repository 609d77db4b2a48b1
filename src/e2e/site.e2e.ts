import {describe, expect, it} from 'vitest';
import {useBrowser} from './browser';

describe('the site', () => {
  const {open} = useBrowser();

  it('renders the home page in Chinese', async () => {
    const {page, errors} = await open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await expect(page.title()).resolves.toContain('客服知识库');
    expect(errors).toEqual([]);
  });

  it('opens a Q&A category page without console errors', async () => {
    const {page, errors} = await open('/qa/refund');
    await page.getByRole('heading', {level: 1, name: '退款'}).waitFor();
    expect(await page.locator('[data-entry-id]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
