/**
 * What editors and readers get from the built site in Chromium: "编辑此页" at the entry's
 * source file and line, "内容有误？" as a prefilled issue form, and a Content-Security-Policy
 * that lets every page work, blocks an injected inline script, and no external requests.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {useBrowser} from './browser';
import {loadContent} from '../core/load';
import {KB_ROUTES} from '../core/views';
import {resolveSiteSettings} from '../core/site';
import {editUrl} from '../core/sourceLinks';

const {content} = loadContent(path.resolve(__dirname, '../..'));
const SITE = resolveSiteSettings(process.env);
const qa = content.qa.find((q) => q.id === 'refund-arrival-time')!;
const qaUrl = KB_ROUTES.qaEntry(qa.category, qa.id);

/** Records CSP violations from the first script on. */
const WATCH_CSP = `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));`;

describe('edit and report links, CSP', () => {
  const {open, baseUrl} = useBrowser();

  it('a Q&A entry links to its YAML file and line, and to a prefilled report', async () => {
    const {page, errors} = await open(qaUrl);
    const origin = content.origins[`qa:${qa.id}`]!;
    const edit = await page.locator('a[data-kb-edit]').getAttribute('href');
    expect(edit).toBe(editUrl(SITE.repository, origin.file, origin.line));
    expect(edit).toMatch(new RegExp(`${origin.file.replace(/[./]/g, '\\$&')}#L${origin.line}$`));
    const report = new URL((await page.locator('#qa-entry-extras a[data-kb-report]').getAttribute('href'))!);
    expect(report.pathname).toMatch(/\/issues\/new$/);
    expect(report.searchParams.get('title')).toContain(qa.id);
    const body = report.searchParams.get('body')!;
    expect(body).toContain(`${SITE.siteUrl}${qaUrl}`);
    expect(body).toContain(`${origin.file}:${origin.line}`);
    expect(body).toMatch(/refund_bank_days|refund_issue_hours|refund_balance_arrival/);
    expect(await page.getByRole('heading', {name: '依据'}).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('a doc page has 编辑此页 at its MDX file and a report link with its facts', async () => {
    const {page, errors} = await open('/docs/sop/handle');
    expect(await page.getByRole('link', {name: '编辑此页'}).getAttribute('href')).toBe(editUrl(SITE.repository, 'docs/sop/handle.mdx'));
    const report = new URL((await page.locator('a[data-kb-report]').getAttribute('href'))!);
    expect(report.searchParams.get('body')).toContain('docs/sop/handle.mdx');
    expect(errors).toEqual([]);
  });

  it('a phrase page and a scenario page have both links', async () => {
    for (const url of [KB_ROUTES.phrase(content.phrases[0]!.id), KB_ROUTES.scenario(content.scenarios[0]!.id)]) {
      const {page, errors} = await open(url);
      expect(await page.locator('a[data-kb-edit]').getAttribute('href'), url).toMatch(/#L\d+$/);
      expect(await page.locator('a[data-kb-report]').count(), url).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    }
  });

  it('every page works under the CSP, makes no external request, and an injected inline script is blocked', async () => {
    for (const url of ['/', '/docs/sop/handle', qaUrl, KB_ROUTES.workbench, KB_ROUTES.phrases]) {
      const {page, context, errors} = await open('/404-warmup');
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      await page.addInitScript(WATCH_CSP);
      await page.goto(baseUrl + url, {waitUntil: 'networkidle'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), url).toBe(1);
      expect(await page.evaluate(() => (window as unknown as {__csp: string[]}).__csp), url).toEqual([]);
      expect(requests.filter((r) => !r.startsWith(baseUrl) && !r.startsWith('data:')), url).toEqual([]);
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = 1';
        document.body.append(s);
      });
      // The violation report is asynchronous: wait for it (a loaded CI machine may take a while).
      await expect.poll(async () => (await page.evaluate(() => (window as unknown as {__csp: string[]}).__csp)).some((v) => v.startsWith('script-src')), {timeout: 10_000}).toBe(true);
      expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned), url).toBeUndefined();
      expect(errors.filter((e) => !/Content Security Policy|404/.test(e)), url).toEqual([]);
    }
  });
});
