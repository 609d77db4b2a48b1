import {describe, expect, it} from 'vitest';
import {editUrl, reportUrl} from './sourceLinks';
import {resolveSiteSettings, type RepoSettings} from './site';

const repo = (host: RepoSettings['host']): RepoSettings => ({url: 'https://code.example.com/cs/kb', branch: 'main', host});
const ctx = {kind: '问答', id: 'refund-arrival-time', title: '退款多久能到账？', pageUrl: 'https://kb.example.com/qa/refund/refund-arrival-time', file: 'data/qa/refund.yaml', line: 12, facts: [{id: 'refund_bank_days', label: '银行卡退款最长到账时间', display: '7 个工作日'}]};

describe('edit links', () => {
  it('open a YAML entry at its line on each host', () => {
    expect(editUrl(repo('github'), 'data/qa/refund.yaml', 12)).toBe('https://code.example.com/cs/kb/blob/main/data/qa/refund.yaml#L12');
    expect(editUrl(repo('gitlab'), 'data/qa/refund.yaml', 12)).toBe('https://code.example.com/cs/kb/-/blob/main/data/qa/refund.yaml#L12');
    expect(editUrl(repo('gitea'), 'data/qa/refund.yaml', 12)).toBe('https://code.example.com/cs/kb/src/branch/main/data/qa/refund.yaml#L12');
  });
  it('open the edit form for a page', () => {
    expect(editUrl(repo('github'), 'docs/sop/handle.mdx')).toBe('https://code.example.com/cs/kb/edit/main/docs/sop/handle.mdx');
    expect(editUrl(repo('gitlab'), 'docs/sop/handle.mdx')).toBe('https://code.example.com/cs/kb/-/edit/main/docs/sop/handle.mdx');
    expect(editUrl(repo('gitea'), 'docs/sop/handle.mdx')).toBe('https://code.example.com/cs/kb/_edit/main/docs/sop/handle.mdx');
  });
});

describe('report links', () => {
  it('prefill title, body (page, entry, facts with values) and label', () => {
    const u = new URL(reportUrl(repo('github'), ctx));
    expect(u.pathname).toBe('/cs/kb/issues/new');
    expect(u.searchParams.get('title')).toBe('内容有误：问答 refund-arrival-time（退款多久能到账？）');
    const body = u.searchParams.get('body')!;
    expect(body).toContain(ctx.pageUrl);
    expect(body).toContain('data/qa/refund.yaml:12');
    expect(body).toContain('银行卡退款最长到账时间（`refund_bank_days`）：7 个工作日');
    expect(u.searchParams.get('labels')).toBe('内容纠错');
  });
  it('use GitLab field names', () => {
    const u = new URL(reportUrl(repo('gitlab'), ctx));
    expect(u.pathname).toBe('/cs/kb/-/issues/new');
    expect(u.searchParams.get('issue[title]')).toContain('refund-arrival-time');
    expect(u.searchParams.get('issue[description]')).toContain('7 个工作日');
  });
  it('survive lone surrogates in titles', () => {
    expect(() => reportUrl(repo('github'), {...ctx, title: 'a\uD800b'})).not.toThrow();
  });
});

describe('site settings from the environment', () => {
  it('take KB_SITE_URL and KB_REPO_* over the defaults', () => {
    const s = resolveSiteSettings({KB_SITE_URL: 'https://kb.yuegou.cn/', KB_REPO_URL: 'https://gitlab.yuegou.cn/cs/kb.git', KB_REPO_HOST: 'gitlab', KB_REPO_BRANCH: 'content'});
    expect(s.siteUrl).toBe('https://kb.yuegou.cn');
    expect(s.repository).toEqual({url: 'https://gitlab.yuegou.cn/cs/kb', branch: 'content', host: 'gitlab'});
  });
  it('reject an unknown host or a URL that is not one, in Chinese', () => {
    expect(() => resolveSiteSettings({KB_REPO_HOST: 'svn'})).toThrow(/KB_REPO_HOST 只能是/);
    expect(() => resolveSiteSettings({KB_SITE_URL: 'kb.yuegou.cn'})).toThrow(/KB_SITE_URL 应是/);
  });
});
