/**
 * The build's guard against scripts in pages: an MDX page with `<script>`, an inline event
 * handler or a `javascript:` URL does not compile through the remark plugin the build uses,
 * and docusaurus.config.ts gives that plugin to the docs.
 */
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import {describe, expect, it} from 'vitest';
import config from '../../docusaurus.config';
import remarkKbGuard, {findUnsafe, isUnsafeUrl, type MdNode} from './mdxSafety';

const build = (source: string) => compile({value: source, path: 'docs/sop/reception.mdx'}, {remarkPlugins: [remarkKbGuard]});

async function buildError(source: string): Promise<string> {
  const error = await build(source).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the page compiled').toBeInstanceOf(Error);
  return String((error as Error).message);
}

describe('remarkKbGuard (the build)', () => {
  it('compiles a page without unsafe content', async () => {
    await expect(build('# 接待\n\n先问候，再<Policy id="x" />。\n\n[退款](/qa/refund)\n')).resolves.toBeTruthy();
  });

  it('fails on a raw <script>, naming the line and the fix', async () => {
    const message = await buildError('# 接待\n\n内容。\n\n<script>alert(document.cookie)</script>\n');
    expect(message).toContain('页面里有不安全的内容，已停止构建（共 1 处）');
    expect(message).toContain('第 5 行：页面里有 <script> 标签：发布后会在每位读者的浏览器里加载或运行。修改：删除 <script>');
  });

  it('fails on inline event handlers and javascript: URLs, listing every one', async () => {
    const message = await buildError('# 接待\n\n<div onClick="alert(1)">点我</div>\n\n[点我](javascript:alert(1))\n\n<a href=" JavaScript:alert(1)">也点我</a>\n');
    expect(message).toContain('（共 3 处）');
    expect(message).toContain('第 3 行：<div> 上有事件处理属性 onClick');
    expect(message).toContain('第 5 行：链接是 javascript: 之类的脚本链接');
    expect(message).toContain('第 7 行：href 是 javascript: 之类的脚本链接');
  });

  // The build itself: Docusaurus' MDX processor, with the remark plugins the site config gives
  // the docs. A page with <script> fails; the same page without it compiles.
  it('Docusaurus\' own MDX processor, configured from docusaurus.config.ts, rejects a page with <script>', {timeout: 60_000}, async () => {
    const {loadSiteConfig} = await import('@docusaurus/core/lib/server/config');
    const {createProcessorUncached} = await import('@docusaurus/mdx-loader/lib/processor');
    const siteDir = path.resolve(__dirname, '../..');
    const {siteConfig} = await loadSiteConfig({siteDir});
    const docs = (siteConfig.presets.find((p) => Array.isArray(p) && p[0] === 'classic') as [string, {docs: {remarkPlugins: unknown[]}}])[1].docs;
    const processor = await createProcessorUncached({
      options: {remarkPlugins: docs.remarkPlugins, rehypePlugins: [], recmaPlugins: [], beforeDefaultRemarkPlugins: [], beforeDefaultRehypePlugins: [], admonitions: true, markdownConfig: siteConfig.markdown, siteDir, staticDirs: []} as never,
      format: 'mdx',
    });
    const run = (content: string) => processor.process({content, filePath: path.join(siteDir, 'docs/sop/page.mdx'), frontMatter: {}, compilerName: 'server'});
    await expect(run('# 接待\n\n正常的页面。\n')).resolves.toMatchObject({content: expect.any(String)});
    await expect(run('# 接待\n\n<script>alert(document.cookie)</script>\n')).rejects.toThrow('第 3 行：页面里有 <script> 标签');
  });

  it('is given to the docs plugin by docusaurus.config.ts', () => {
    const preset = config.presets?.find((p) => Array.isArray(p) && p[0] === 'classic') as [string, {docs: {remarkPlugins?: unknown[]}}] | undefined;
    expect(preset?.[1].docs.remarkPlugins).toContain(remarkKbGuard);
  });
});

describe('findUnsafe', () => {
  const el = (name: string, attributes: MdNode['attributes'] = []): MdNode => ({type: 'root', children: [{type: 'mdxJsxFlowElement', name, attributes, position: {start: {line: 3, column: 1}}}]});

  it.each(['script', 'iframe', 'object', 'embed'])('rejects <%s>', (name) => {
    expect(findUnsafe(el(name))).toMatchObject([{line: 3, column: 1}]);
  });

  it('rejects every on* attribute and dangerouslySetInnerHTML, not ordinary ones', () => {
    const found = findUnsafe(el('img', [
      {type: 'mdxJsxAttribute', name: 'onError', value: 'x()'},
      {type: 'mdxJsxAttribute', name: 'onmouseover', value: 'x()'},
      {type: 'mdxJsxAttribute', name: 'dangerouslySetInnerHTML', value: null},
      {type: 'mdxJsxAttribute', name: 'open', value: null},
      {type: 'mdxJsxAttribute', name: 'alt', value: 'online'},
    ]));
    expect(found.map((f) => f.message)).toEqual([
      '<img> 上有事件处理属性 onError：页面里不能写会执行的代码',
      '<img> 上有事件处理属性 onmouseover：页面里不能写会执行的代码',
      '<img> 用了 dangerouslySetInnerHTML，会把任意 HTML 原样插进页面',
    ]);
  });

  it('checks raw HTML nodes (pages in .md format) too', () => {
    const tree: MdNode = {type: 'root', children: [{type: 'html', value: '<p onclick="x()"><script src="a.js"></script></p>'}]};
    expect(findUnsafe(tree).map((f) => f.message)).toEqual(['页面里有 <script> 标签：发布后会在每位读者的浏览器里加载或运行', 'HTML 标签上有事件处理属性 onclick：页面里不能写会执行的代码']);
  });

  it('isUnsafeUrl sees through case, spaces and control characters', () => {
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:x', 'vbscript:x', 'data:text/html,<script>']) expect(isUnsafeUrl(url), url).toBe(true);
    for (const url of ['https://example.com/javascript:', '/docs/sop/reception', '#javascript', 'mailto:kefu@example.com']) expect(isUnsafeUrl(url), url).toBe(false);
  });
});
