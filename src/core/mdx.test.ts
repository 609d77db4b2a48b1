/**
 * The docs half of `kb check`: the component list matches the theme's, headings get the
 * anchors Docusaurus gives them, the valid fixture's pages pass, and the files docs/ may
 * hold besides pages are accepted. Bad pages are in __fixtures__/bad (run by kb.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkAll} from './check';
import {loadContent} from './load';
import {MDX_COMPONENTS, analyseDoc, checkDocs, inventoryDocs} from './mdx';
import {VALID_ROOT, makeTree, removeTrees} from './__fixtures__/tree';

afterAll(removeTrees);

describe('MDX_COMPONENTS', () => {
  it('lists exactly the components src/theme/MDXComponents.tsx gives every page', () => {
    const theme = fs.readFileSync(path.resolve(__dirname, '../theme/MDXComponents.tsx'), 'utf8');
    const body = /export default \{([\s\S]*?)\};/.exec(theme)![1]!;
    const names = body.split(/[,\n]/).map((s) => s.trim()).filter((s) => /^[A-Z]\w*$/.test(s));
    expect(Object.keys(MDX_COMPONENTS).sort()).toEqual(names.sort());
  });
});

// Compiling MDX takes a second or more on a busy machine.
describe('analyseDoc', {timeout: 30_000}, () => {
  const page = (text: string) => analyseDoc(makeTree({'docs/sop/page.mdx': text}), 'docs/sop/page.mdx');

  it('headings get Docusaurus anchors: explicit {#id}, slugs of Chinese and Latin titles, -1 for repeats', async () => {
    const a = await page('---\ntitle: 页\n---\n\n# 页面\n\n## 目标 {#goal}\n\n## 退款 SOP\n\n## 退款 SOP\n\n<div id="box">x</div>\n');
    expect(a.issues).toEqual([]);
    expect([...a.headings]).toEqual(['页面', 'goal', '退款-sop', '退款-sop-1', 'box']);
    expect(a.route).toBe('/docs/sop/page');
  });

  it('a slug in front matter changes the route', async () => {
    expect((await page('---\ntitle: 页\nslug: /welcome\n---\n\n# 页\n')).route).toBe('/docs/welcome');
  });

  it('a component id prop is not an anchor; imports make a component known', async () => {
    const a = await page("import Tabs from '@theme/Tabs';\n\n# 页\n\n<Policy id=\"refund_days\" />\n\n<Tabs />\n");
    expect([...a.headings]).toEqual(['页']);
    expect([...a.imported]).toEqual(['Tabs']);
  });

  it('front matter without its closing ---', async () => {
    expect((await page('---\ntitle: 页\n\n# 页\n')).issues).toMatchObject([{line: 1, path: '(front matter)', message: 'front matter 没有结束：开头的 --- 之后找不到另一行 ---'}]);
  });

  it('a front matter value of the wrong type', async () => {
    expect((await page('---\ntitle: 页\nsidebar_position: 第一\n---\n\n# 页\n')).issues).toMatchObject([
      {line: 3, path: 'front matter sidebar_position', message: 'sidebar_position 的类型不对：现在是文本「第一」', fix: 'sidebar_position 应为数字'},
    ]);
  });
});

describe('checkDocs', {timeout: 30_000}, () => {
  it('the valid fixture: components, relative and site links, anchors and doc: references all resolve', async () => {
    expect(await checkDocs(VALID_ROOT, loadContent(VALID_ROOT))).toEqual([]);
  });

  it('images and _category_.json may sit in docs/', () => {
    const root = makeTree({'docs/sop/_category_.json': '{"label": "流程"}', 'docs/sop/flow.png': 'png'});
    expect(inventoryDocs(root).issues).toEqual([]);
  });

  it('a link to a static file checks that the file exists', async () => {
    const root = makeTree({'docs/sop/close.md': '---\ntitle: close\n---\n\n# close\n\n[流程图](/img/flow.png)\n'});
    expect((await checkAll(root)).issues).toMatchObject([{file: 'docs/sop/close.md', line: 7, message: '链接的文件不存在：/img/flow.png', fix: '把文件放到 static/img/flow.png，或改正路径'}]);
  });

  it('two files with the same route', async () => {
    const root = makeTree({'docs/sop/close.mdx': '---\ntitle: close\n---\n\n# close\n'});
    expect((await checkAll(root)).issues).toMatchObject([{file: 'docs/sop/close.mdx', message: '和 docs/sop/close.md 对应同一个网址 /docs/sop/close，其中一个页面会丢失'}]);
  });

  it('the site\'s own pages pass', async () => {
    const repo = path.resolve(__dirname, '../..');
    const {issues} = await checkAll(repo);
    expect(issues.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([]);
  }, 60_000);
});
