/**
 * What `npm run build` does with the content, without a full Docusaurus build: the plugin's
 * loadContent() fails the build with a ContentError naming file and field, and
 * contentLoaded() renders every entry the files hold (nothing is dropped on the way).
 */
import {resolveSiteSettings} from '../../core/site';
import path from 'node:path';
import type {LoadContext, PluginContentLoadedActions} from '@docusaurus/types';
import {afterAll, describe, expect, it} from 'vitest';
import {ContentError} from '../../core/issues';
import type {KbContent} from '../../core/load';
import type {QaView} from '../../core/views';
import {VALID_ROOT, editValid, makeTree, removeTrees} from '../../core/__fixtures__/tree';
import kbContentPlugin from './index';

afterAll(removeTrees);

const REPO = path.resolve(__dirname, '../../..');
// The site settings reach the plugin as the config passes them (customFields.site).
const pluginAt = (siteDir: string) => kbContentPlugin({siteDir, baseUrl: '/', siteConfig: {customFields: {site: resolveSiteSettings({})}}} as unknown as LoadContext);

async function loadError(siteDir: string): Promise<ContentError> {
  const error: unknown = await Promise.resolve()
    .then(() => pluginAt(siteDir).loadContent!())
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(ContentError);
  return error as ContentError;
}

describe('loadContent fails the build on bad content', () => {
  it('with a ContentError whose message names the file, line, field, problem and fix', async () => {
    const root = makeTree({'data/policies/refund.yaml': editValid('data/policies/refund.yaml', 'value: 3', 'value: [1, 2]')});
    const error = await loadError(root);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe(
      '内容校验失败，共 1 处问题：\n\n' +
        'data/policies/refund.yaml:3:10  [0].value（条目 refund_days）\n' +
        '  问题：value 的类型不对：现在是列表\n' +
        '  修改：value 应为数字或文本；如果这是以 { 或 [ 开头的文本，请用引号把整段括起来，例如 text: "{order_no} 已发货"\n',
    );
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({file: 'data/policies/refund.yaml', path: '[0].value', entryId: 'refund_days'});
  });

  it('lists every problem of every file in the one error', async () => {
    const root = makeTree({
      'data/phrases/reception.yaml': editValid('data/phrases/reception.yaml', 'text: 您好，我是客服{agent}，请说。', 'text: ""'),
      'data/qa/refund.yaml': editValid('data/qa/refund.yaml', 'phrases: [refund-progress]', 'phrases: [refund-status]'),
      'data/taxonomy.yaml': editValid('data/taxonomy.yaml', 'goal: 先核实，再处理。', 'goal: 先核实: 再处理'),
    });
    const error = await loadError(root);
    expect(error.message).toMatch(/^内容校验失败，共 3 处问题：/);
    expect(error.issues.map((i) => `${i.file}:${i.line}  ${i.path}`)).toEqual([
      'data/phrases/reception.yaml:10  [0].variants[2].text',
      'data/qa/refund.yaml:10  [0].phrases[0]',
      'data/taxonomy.yaml:5  (YAML 语法)',
    ]);
    expect(error.message).toContain('data/phrases/reception.yaml:10:13  [0].variants[2].text（条目 greeting）\n  问题：text 不能为空\n  修改：在 text: 后面填写内容');
    expect(error.message).toContain('data/qa/refund.yaml:10:13  [0].phrases[0]（条目 refund-arrival-time）\n  问题：引用了不存在的话术：refund-status');
    expect(error.message).toContain('data/taxonomy.yaml:5:');
  });

  it('does not print the issues twice when Node prints the error', async () => {
    const error = await loadError(makeTree({'data/qa/refund.yaml': editValid('data/qa/refund.yaml', '  owner: 售后组\n', '')}));
    expect(Object.keys(error)).not.toContain('issues');
  });
});

/** contentLoaded with recording actions: which routes and data modules the site would get. */
async function render(siteDir: string) {
  const plugin = pluginAt(siteDir);
  const content = (await plugin.loadContent!()) as KbContent;
  const data = new Map<string, unknown>();
  const routes: {path: string; component: string}[] = [];
  let global: unknown;
  const actions = {
    createData: async (name: string, json: string) => {
      data.set(name, JSON.parse(json));
      return `@generated/${name}`;
    },
    addRoute: (r: {path: string; component: string}) => void routes.push({path: r.path, component: r.component}),
    setGlobalData: (g: unknown) => void (global = g),
  } as unknown as PluginContentLoadedActions;
  await plugin.contentLoaded!({content, actions, allContent: {}} as never);
  return {content, data, routes, global};
}

describe.each([
  ['the valid fixture', VALID_ROOT],
  ['the real content', REPO],
])('contentLoaded renders every entry of %s', (_name, root) => {
  it('one page per phrase, every Q&A entry on its category page, one page per scenario', async () => {
    let rendered: Awaited<ReturnType<typeof render>>;
    try {
      rendered = await render(root);
    } catch (e) {
      // The content does not load: data.test.ts reports why; here there is nothing to count.
      if (root === REPO && e instanceof ContentError) return expect.soft(e.issues, e.message).toEqual([]);
      throw e;
    }
    const {content, data, routes} = rendered;
    const raw = content.rawCounts;
    expect(routes.filter((r) => r.component.endsWith('/PhrasePage'))).toHaveLength(raw.phrases);
    expect(routes.filter((r) => r.component.endsWith('/ScenarioPage'))).toHaveLength(raw.scenarios);
    // Every entry on its category page (the index) and on a page of its own.
    const qaOnPages = content.taxonomy.categories.flatMap((c) => (data.get(`qa-${c.id}.json`) as {entries: QaView[]}).entries);
    expect(routes.filter((r) => r.component.endsWith('/QaEntry'))).toHaveLength(raw.qa);
    expect(qaOnPages).toHaveLength(raw.qa);
    expect(new Set(qaOnPages.map((q) => q.id)).size).toBe(raw.qa);
    expect((data.get('phrases.json') as unknown[]).length).toBe(raw.phrases);
    expect((data.get('qa-lite.json') as unknown[]).length).toBe(raw.qa);
    // Policies are rendered into phrases and Q&A at build time: no {policy.x} reaches those pages.
    // (Scenarios are rendered in the browser by the simulation; validation checks their references.)
    const built = JSON.stringify([...data.entries()].filter(([name]) => /^(phrase|qa)/.test(name)).map(([, d]) => d));
    expect(built.match(/\{policy\.[^}]*\}/g) ?? []).toEqual([]);
  });
});
