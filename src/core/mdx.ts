/**
 * `kb check` for the pages under docs/: every file is a kind the site reads; front matter
 * is valid YAML with known keys; the MDX compiles (with the `@mdx-js/mdx` the build uses);
 * KB components name ids that exist; internal links and anchors resolve; nothing unsafe
 * (see `mdxSafety.ts`). `doc:` references in data with an anchor are checked against the
 * target page's headings here too, since headings come from parsing the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import {z} from './zod';
import {createSlugger, escapeMarkdownHeadingIds, parseMarkdownHeadingId} from '@docusaurus/utils';
import {describeZodIssue, formatPath, type ContentIssue, editDistance} from './issues';
import {DOCS_DIR, type LoadResult} from './load';
import {findUnsafe, type MdNode} from './mdxSafety';
import {parseYamlSource, readSource, INVISIBLE_RE} from './source';
import {KB_ROUTES} from './views';
import {lintIgnoreSchema, storyNumbersSchema} from './schema';

/** Docusaurus' doc front matter (plugin-content-docs), strict: a misspelt key is an error. */
export const docFrontMatterSchema = z.strictObject({
  id: z.string().optional(),
  title: z.string().trim().min(1, {message: '不能为空'}).optional(),
  description: z.string().optional(),
  slug: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  image: z.string().optional(),
  tags: z.array(z.union([z.string(), z.strictObject({label: z.string(), permalink: z.string()})])).optional(),
  hide_title: z.boolean().optional(),
  hide_table_of_contents: z.boolean().optional(),
  toc_min_heading_level: z.number().int().min(2).max(6).optional(),
  toc_max_heading_level: z.number().int().min(2).max(6).optional(),
  sidebar_key: z.string().optional(),
  sidebar_label: z.string().optional(),
  sidebar_position: z.number().optional(),
  sidebar_class_name: z.string().optional(),
  sidebar_custom_props: z.record(z.string(), z.unknown()).optional(),
  displayed_sidebar: z.string().nullable().optional(),
  pagination_label: z.string().optional(),
  pagination_next: z.string().nullable().optional(),
  pagination_prev: z.string().nullable().optional(),
  custom_edit_url: z.string().nullable().optional(),
  parse_number_prefixes: z.boolean().optional(),
  last_update: z.strictObject({date: z.string().optional(), author: z.string().optional()}).optional(),
  draft: z.boolean().optional(),
  unlisted: z.boolean().optional(),
  // The knowledge base's own keys: story details exempt from the number check, and lint exceptions with a reason.
  story_numbers: storyNumbersSchema,
  lint_ignore: lintIgnoreSchema,
});
export type DocFrontMatter = z.infer<typeof docFrontMatterSchema>;

function unknownKeyFix(key: string): string {
  const keys = Object.keys(docFrontMatterSchema.shape);
  const near = keys.find((k) => editDistance(key, k) <= 2);
  return near ? `改为 ${near}（键名区分大小写）` : `删除这个键，或改成 Docusaurus 认识的键：${keys.join(' / ')}`;
}

/** What an id-like prop of a KB component refers to. */
type RefKind = 'policy' | 'phrase' | 'phrase-list' | 'stage' | 'category' | 'scenario-tag' | 'tone' | 'channel';

/**
 * Every component pages can use without importing it (src/theme/MDXComponents.tsx), with
 * the props that name content. A test keeps this list equal to the theme's.
 */
export const MDX_COMPONENTS: Readonly<Record<string, {refs: Readonly<Record<string, RefKind>>; required?: readonly string[]}>> = {
  Policy: {refs: {id: 'policy'}, required: ['id']},
  PhrasePicker: {refs: {id: 'phrase', ids: 'phrase-list', stage: 'stage', category: 'category', scenario: 'scenario-tag', tone: 'tone', channel: 'channel'}},
  ChoiceBuilder: {refs: {id: 'phrase'}},
  StagePhrases: {refs: {stage: 'stage', scenario: 'scenario-tag'}},
  StageQa: {refs: {stage: 'stage', category: 'category'}},
  WordingTrainer: {refs: {}},
  SoothingBuilder: {refs: {tone: 'tone'}},
  LearningPath: {refs: {}},
  CaseSummary: {refs: {}},
  CaseChat: {refs: {}},
  CaseLine: {refs: {}},
  QuickCard: {refs: {}},
  CardFlow: {refs: {}},
  CardBlock: {refs: {}},
};
/** Capitalised components Docusaurus' own theme provides to every page. */
const THEME_COMPONENTS = new Set(['Head', 'Details', 'Admonition', 'Mermaid', 'Link']);

const DOC_FILE = /\.mdx?$/;
const ASSET_FILE = /\.(?:png|jpe?g|gif|svg|webp|avif)$/i;
const CATEGORY_FILE = /^_category_\.(?:json|ya?ml)$/;

/** Every file under docs/ is a page, a partial (`_name.mdx`), a category file or an image. */
export function inventoryDocs(root: string): {pages: string[]; issues: ContentIssue[]} {
  const pages: string[] = [];
  const issues: ContentIssue[] = [];
  const walk = (dirRel: string) => {
    const abs = path.join(root, dirRel);
    for (const e of fs.readdirSync(abs, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const rel = `${dirRel}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (DOC_FILE.test(e.name)) pages.push(rel);
      else if (!ASSET_FILE.test(e.name) && !CATEGORY_FILE.test(e.name)) {
        issues.push({
          file: rel,
          path: '(整个文件)',
          message: 'docs/ 下只放页面（.md、.mdx）、图片和 _category_.json；这个文件不会成为页面，也不会被检查',
          fix: `页面请改名为 .mdx 结尾；其他文件请移出 docs/${/\.ya?ml$/.test(e.name) ? '（数据请放到 data/ 下对应的文件夹）' : ''}`,
        });
      }
    }
  };
  if (fs.existsSync(path.join(root, DOCS_DIR))) walk(DOCS_DIR);
  return {pages, issues};
}

/** The docs route of a page file, as `listDocRoutes` computes it. */
function routeOf(rel: string, frontMatterSlug?: string): string {
  const inDocs = rel.slice(DOCS_DIR.length + 1).replace(DOC_FILE, '');
  const dir = path.posix.dirname(inDocs) === '.' ? '' : path.posix.dirname(inDocs);
  let route: string;
  if (frontMatterSlug) route = frontMatterSlug.startsWith('/') ? frontMatterSlug : `/${dir ? `${dir}/` : ''}${frontMatterSlug}`;
  else route = `/${inDocs.replace(/(^|\/)index$/, '')}`;
  return `/docs${route === '/' ? '' : route.replace(/\/$/, '')}`;
}

interface LinkRef {
  url: string;
  line?: number;
  column?: number;
}
interface ComponentUse {
  name: string;
  line?: number;
  column?: number;
  attrs: Map<string, {value: string | string[] | null; expression: boolean}>;
}

/** One page, parsed: what the checks need. */
export interface DocAnalysis {
  rel: string;
  route: string;
  headings: Set<string>;
  links: LinkRef[];
  components: ComponentUse[];
  imported: Set<string>;
  issues: ContentIssue[];
}

const textOf = (node: MdNode): string =>
  typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode') ? node.value : (node.children ?? []).map(textOf).join('');

/** MDX parser messages (English, from micromark and acorn) in editors' words. */
function describeMdxError(reason: string, ruleId: string | undefined, source: string | undefined): {message: string; fix: string} {
  const original = `解析器原文：${reason.split('\n')[0]!.slice(0, 100)}`;
  if (source?.includes('mdx-expression') || ruleId === 'acorn') {
    return {
      message: `MDX 语法错误：花括号 { } 里的内容无法解析（${original}）`,
      fix: '在 MDX 里花括号表示代码：正文里要写花括号请写成 \\{ 和 \\}，或用全角「｛｝」；组件属性里的花括号要成对',
    };
  }
  if (ruleId === 'end-tag-mismatch' || /closing tag|end tag/i.test(reason)) {
    return {message: `MDX 语法错误：组件的结束标签和开始标签对不上（${original}）`, fix: '检查 <组件> 与 </组件> 是否成对、名字是否一致；没有内容的组件写成 <组件 />'};
  }
  if (source?.includes('mdx-jsx') || /tag|attribute/i.test(reason)) {
    return {
      message: `MDX 语法错误：组件标签写法有误（${original}）`,
      fix: '检查这一行的 < >：属性写成 名称="值"，标签要闭合（<组件 /> 或 <组件>…</组件>）；正文里的小于号请写成 &lt; 或全角「＜」',
    };
  }
  return {message: `MDX 语法错误：${original}`, fix: '检查这一行的标签、花括号和缩进；可以对照其他页面的写法'};
}

/** One MDX processor with the parser extensions the build uses (GFM, directives for admonitions). */
let processorPromise: Promise<ReturnType<typeof import('@mdx-js/mdx').createProcessor>> | undefined;
function mdxProcessor() {
  processorPromise ??= Promise.all([import('@mdx-js/mdx'), import('remark-gfm'), import('remark-directive')]).then(
    ([{createProcessor}, {default: remarkGfm}, {default: remarkDirective}]) => createProcessor({remarkPlugins: [remarkGfm, remarkDirective], development: false}),
  );
  return processorPromise;
}

const STRING_IN_ARRAY = /'([^']*)'|"([^"]*)"/g;

/**
 * Parse one page: front matter (YAML, strict keys), the MDX itself (compiled with the
 * build's parser extensions), headings with their anchors, links, component uses, unsafe
 * constructs. All problems are collected; none stops the other pages.
 */
export async function analyseDoc(root: string, rel: string): Promise<DocAnalysis> {
  const issues: ContentIssue[] = [];
  const analysis: DocAnalysis = {rel, route: routeOf(rel), headings: new Set(), links: [], components: [], imported: new Set(), issues};
  const {text} = readSource(root, rel, issues);
  if (text === null) return analysis;

  // Front matter: `---` … `---` at the top. Its lines are blanked in the body so MDX
  // line numbers stay the file's line numbers.
  let body = text;
  const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) {
    const yamlIssues: ContentIssue[] = [];
    const parsed = parseYamlSource(rel, fm[1]!, yamlIssues);
    // Front-matter lines are the file's lines + 1 (the opening ---).
    issues.push(...yamlIssues.map((i) => ({...i, line: i.line === undefined ? undefined : i.line + 1, path: i.path === '(YAML 语法)' ? '(front matter)' : `front matter ${i.path}`})));
    if (parsed && parsed.data != null) {
      const result = docFrontMatterSchema.safeParse(parsed.data, {reportInput: true});
      if (result.success) {
        if (result.data.slug) analysis.route = routeOf(rel, result.data.slug);
      } else {
        for (const issue of result.error.issues) {
          const full = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
          const node = parsed.file.doc.getIn(full, true) as {range?: [number]} | undefined;
          const keyLine = (() => {
            if (issue.code !== 'unrecognized_keys') return undefined;
            const idx = fm[1]!.split('\n').findIndex((l) => l.startsWith(`${issue.keys[0]}:`));
            return idx >= 0 ? idx + 1 : undefined;
          })();
          const line = keyLine ?? (node?.range ? parsed.file.lines.linePos(node.range[0]).line : 0);
          const described = describeZodIssue(issue, full);
          issues.push({
            file: rel,
            line: line + 1,
            path: `front matter ${formatPath(full)}`,
            ...described,
            fix: issue.code === 'unrecognized_keys' ? unknownKeyFix(issue.keys[0]!) : described.fix,
          });
        }
      }
    }
    body = fm[0].replace(/[^\n]/g, '') + text.slice(fm[0].length);
  } else if (/^---/.test(text)) {
    issues.push({file: rel, line: 1, path: '(front matter)', message: 'front matter 没有结束：开头的 --- 之后找不到另一行 ---', fix: '在 title、description 等字段之后加一行 ---'});
    return analysis;
  }
  if (!body.replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, '').trim()) {
    issues.push({file: rel, line: 1, path: '(整个文件)', message: '页面是空的（或只有注释）：站点上会出现一个空白页', fix: '写入正文，或删除这个文件'});
    return analysis;
  }
  text.split('\n').forEach((l, i) => {
    const m = INVISIBLE_RE.exec(l);
    if (m) issues.push({file: rel, line: i + 1, column: m.index + 1, path: '(正文)', message: `这一行夹着看不见的字符 U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}（零宽字符一类），影响搜索和复制`, fix: '删除这个字符（在编辑器里打开“显示不可见字符”可以看到它）'});
  });

  let tree: MdNode | undefined;
  try {
    const processor = await mdxProcessor();
    // What Docusaurus does before MDX (mdx1Compat): `## 标题 {#id}` is not an expression.
    const file = {value: escapeMarkdownHeadingIds(body), path: rel};
    const parsed = processor.parse(file);
    // Parse, then the rest of the compile (to JSX) the build does: errors of either kind.
    await processor.run(parsed as never, file);
    tree = parsed as unknown as MdNode;
  } catch (e) {
    const err = e as {line?: number; column?: number; reason?: string; message?: string; ruleId?: string; source?: string};
    const {message, fix} = describeMdxError(err.reason ?? err.message ?? String(e), err.ruleId, err.source);
    let line = err.line ?? undefined;
    let column = err.column ?? undefined;
    // An unclosed tag is noticed lines later: point at the tag that was left open.
    if (line && err.source?.includes('mdx-jsx')) {
      const lines = body.split('\n');
      for (let l = line; l >= Math.max(1, line - 20); l--) {
        const opened = /<[A-Za-z][^>]*$/.exec(lines[l - 1] ?? '');
        if (opened) {
          [line, column] = [l, opened.index + 1];
          break;
        }
        if (l < line && (lines[l - 1] ?? '').includes('>')) break;
      }
    }
    issues.push({file: rel, line, column, path: '(MDX 语法)', message, fix});
    return analysis;
  }
  if (!tree) return analysis;

  for (const f of findUnsafe(tree)) issues.push({file: rel, line: f.line, column: f.column, path: '(正文)', message: f.message, fix: f.fix});

  const slugger = createSlugger();
  const walk = (node: MdNode) => {
    const pos = {line: node.position?.start.line, column: node.position?.start.column};
    if (node.type === 'heading') {
      const {text: title, id} = parseMarkdownHeadingId(textOf(node));
      analysis.headings.add(id ?? slugger.slug(title));
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && typeof node.value === 'string') {
      // Comments ({/* … */}) are fine; anything else is code that runs when the page renders.
      if (!/^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/.test(node.value)) {
        const shown = `{${node.value.length > 20 ? `${node.value.slice(0, 20)}…` : node.value}}`;
        issues.push({
          file: rel,
          ...pos,
          path: '(正文)',
          message: `正文里的花括号 ${shown} 在 MDX 里是代码，页面打开时会执行${/^[\s\u4e00-\u9fff\w.]+$/.test(node.value) ? '，找不到这个名字就会出错' : ''}`,
          fix: '要显示花括号请写成 \\{ 和 \\}（或全角「｛｝」）；页面里引用政策数字用 <Policy id="…" />，不用 {policy.…} 或占位符',
        });
      }
    } else if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') {
      analysis.links.push({url: node.url, ...pos});
    } else if (node.type === 'mdxjsEsm' && typeof node.value === 'string') {
      for (const m of node.value.matchAll(/import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from/g)) {
        if (m[1]) analysis.imported.add(m[1]);
        for (const part of (m[2] ?? '').split(',')) {
          const local = part.trim().split(/\s+as\s+/).pop();
          if (local) analysis.imported.add(local);
        }
      }
      for (const m of node.value.matchAll(/export\s+(?:const|function)\s+(\w+)/g)) analysis.imported.add(m[1]!);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attrs: ComponentUse['attrs'] = new Map();
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
        if (a.value === null || a.value === undefined) attrs.set(a.name, {value: null, expression: false});
        else if (typeof a.value === 'string') attrs.set(a.name, {value: a.value, expression: false});
        else {
          const source = String((a.value as {value?: unknown}).value ?? '');
          const list = /^\s*\[/.test(source) ? [...source.matchAll(STRING_IN_ARRAY)].map((m) => m[1] ?? m[2]!) : null;
          const literal = /^\s*(['"])(.*)\1\s*$/.exec(source)?.[2];
          attrs.set(a.name, {value: list ?? literal ?? null, expression: true});
        }
      }
      // An HTML element's id is an anchor; a component's id prop names content, not a place.
      const id = attrs.get('id')?.value;
      if (typeof id === 'string' && /^[a-z]/.test(node.name)) analysis.headings.add(id);
      for (const key of ['href', 'to']) {
        const v = attrs.get(key)?.value;
        if (typeof v === 'string') analysis.links.push({url: v, ...pos});
      }
      analysis.components.push({name: node.name, ...pos, attrs});
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return analysis;
}

/** Known routes of the site and the anchors each may be linked with (null: not checked). */
function siteRoutes(root: string, load: LoadResult, pages: Map<string, DocAnalysis>): Map<string, Set<string> | null> {
  const routes = new Map<string, Set<string> | null>();
  const {content} = load;
  for (const page of pages.values()) if (!path.posix.basename(page.rel).startsWith('_')) routes.set(page.route, page.headings);
  for (const r of content.docRoutes) if (!routes.has(r)) routes.set(r, null);
  const add = (url: string) => {
    const [p, anchor] = url.split('#') as [string, string | undefined];
    if (!routes.has(p)) routes.set(p, null);
    if (anchor === undefined) return;
    // A route with known anchors (Q&A entries on their category page) checks them.
    const set = routes.get(p) ?? new Set<string>();
    set.add(anchor);
    routes.set(p, set);
  };
  for (const r of [KB_ROUTES.qa, KB_ROUTES.phrases, KB_ROUTES.workbench, KB_ROUTES.practice, KB_ROUTES.search, '/']) add(r);
  for (const c of content.taxonomy.categories) add(KB_ROUTES.qaCategory(c.id));
  // Each entry has its own page; its category page, the index, keeps an anchor per entry.
  for (const q of content.qa) {
    add(KB_ROUTES.qaEntry(q.category, q.id));
    add(`${KB_ROUTES.qaCategory(q.category)}#${q.id}`);
  }
  for (const p of content.phrases) add(KB_ROUTES.phrase(p.id));
  for (const s of content.scenarios) add(KB_ROUTES.scenario(s.id));
  // Pages of src/pages: index.tsx → /, foo.tsx or foo/index.tsx → /foo.
  const pagesDir = path.join(root, 'src/pages');
  const walk = (dir: string, prefix: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
      if (e.name.startsWith('_') || e.name.startsWith('.')) continue;
      if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}/${e.name}`);
      else if (/\.(?:tsx|jsx|js|mdx?)$/.test(e.name) && !/\.(?:test|module)\./.test(e.name)) {
        const name = e.name.replace(/\.[^.]+$/, '');
        const route = name === 'index' ? prefix || '/' : `${prefix}/${name}`;
        if (!routes.has(route)) routes.set(route, null);
      }
    }
  };
  walk(pagesDir, '');
  return routes;
}

const listOf = (xs: Iterable<string>, n = 8) => {
  const all = [...xs];
  return all.slice(0, n).join(' / ') + (all.length > n ? ' …' : '');
};

/** Closest known value by shared prefix, for "did you mean". */
function closest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let score = 0;
  for (const k of known) {
    let s = 0;
    while (s < k.length && s < value.length && k[s] === value[s]) s++;
    if (s > score) [best, score] = [k, s];
  }
  return score >= 3 ? best : undefined;
}

/**
 * Check every page under docs/ and every `doc:` reference in data. Returns all issues,
 * sorted by file and line, in the same shape as the data checks.
 */
export async function checkDocs(root: string, load: LoadResult): Promise<ContentIssue[]> {
  const {content} = load;
  const {pages: files, issues} = inventoryDocs(root);
  const pages = new Map<string, DocAnalysis>();
  for (const rel of files) {
    const a = await analyseDoc(root, rel);
    pages.set(rel, a);
    issues.push(...a.issues);
  }
  const routes = siteRoutes(root, load, pages);
  const byRoute = new Map([...pages.values()].map((p) => [p.route, p]));

  const known: Record<RefKind, Set<string>> = {
    policy: new Set(content.policies.map((p) => p.id)),
    phrase: new Set(content.phrases.map((p) => p.id)),
    'phrase-list': new Set(content.phrases.map((p) => p.id)),
    stage: new Set(content.taxonomy.stages.map((s) => s.id)),
    category: new Set(content.taxonomy.categories.map((c) => c.id)),
    'scenario-tag': new Set(content.taxonomy.scenarios.map((s) => s.id)),
    tone: new Set(['亲切', '专业', '简洁']),
    channel: new Set(['在线聊天', '电话', '短信']),
  };
  const kindName: Record<RefKind, [string, string]> = {
    policy: ['政策', 'data/policies/'],
    phrase: ['话术', 'data/phrases/'],
    'phrase-list': ['话术', 'data/phrases/'],
    stage: ['环节', 'data/taxonomy.yaml 的 stages'],
    category: ['问题分类', 'data/taxonomy.yaml 的 categories'],
    'scenario-tag': ['特殊场景', 'data/taxonomy.yaml 的 scenarios'],
    tone: ['语气', ''],
    channel: ['渠道', ''],
  };
  // Entries that exist but failed to load are reported in their own file, not here again.
  const pendingIds = new Set(load.entries.filter((e) => e.status !== 'loaded' && e.id).map((e) => `${e.kind}:${e.id}`));
  const pendingKind: Partial<Record<RefKind, string>> = {policy: 'policy', phrase: 'phrase', 'phrase-list': 'phrase'};

  /** Resolve a link from a page (or data, `from` null) to a route and anchor; an issue text if broken. */
  const checkLink = (url: string, fromRel: string | null): {message: string; fix: string} | null => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return null; // external (unsafe schemes are reported by findUnsafe)
    const [target = '', anchor] = url.split('#') as [string, string | undefined];
    let route: string;
    if (!target) {
      if (!fromRel) return null;
      route = pages.get(fromRel)!.route;
    } else if (DOC_FILE.test(target) && !target.startsWith('/')) {
      if (!fromRel) return null;
      const rel = path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), target));
      const page = pages.get(rel);
      if (!page) return {message: `链接的文件不存在：${target}（按本页位置找的是 ${rel}）`, fix: `改为已有页面的相对路径，例如 ${listOf([...pages.keys()].map((p) => path.posix.relative(path.posix.dirname(fromRel), p)).map((p) => (p.startsWith('.') ? p : `./${p}`)), 4)}`};
      route = page.route;
    } else if (target.startsWith('/')) {
      route = target.replace(/\/$/, '') || '/';
      if (/\.[a-z0-9]+$/i.test(route) && !DOC_FILE.test(route)) {
        return fs.existsSync(path.join(root, 'static', route)) ? null : {message: `链接的文件不存在：${target}`, fix: `把文件放到 static${route}，或改正路径`};
      }
    } else {
      if (!fromRel) return null;
      route = path.posix.normalize(path.posix.join(path.posix.dirname(pages.get(fromRel)!.route), target)).replace(/\/$/, '');
    }
    if (!routes.has(route)) {
      const near = closest(route, routes.keys());
      return {message: `链接的页面不存在：${url}`, fix: near ? `是不是 ${near}？站内页面以 /docs/、/qa/、/phrases/、/practice/ 开头` : `改为已有的页面，例如 ${listOf([...routes.keys()].filter((r) => r.startsWith('/docs')), 6)}`};
    }
    const anchors = routes.get(route);
    if (anchor && anchors && !anchors.has(anchor)) {
      const near = closest(anchor, anchors);
      const page = byRoute.get(route);
      return {
        message: `链接的锚点不存在：${route} 没有 #${anchor}${page ? `（${page.rel} 里没有这个标题）` : ''}`,
        fix: near ? `是不是 #${near}？` : anchors.size ? `改为这个页面已有的锚点：${listOf([...anchors].map((a) => `#${a}`))}` : '去掉 # 后面的部分',
      };
    }
    return null;
  };

  for (const page of pages.values()) {
    for (const link of page.links) {
      const broken = checkLink(link.url, page.rel);
      if (broken) issues.push({file: page.rel, line: link.line, column: link.column, path: '(正文)', ...broken});
    }
    for (const use of page.components) {
      if (!/^[A-Z]/.test(use.name) || use.name.includes('.')) continue;
      const spec = Object.hasOwn(MDX_COMPONENTS, use.name) ? MDX_COMPONENTS[use.name] : undefined;
      const where = {file: page.rel, line: use.line, column: use.column};
      if (!spec) {
        if (THEME_COMPONENTS.has(use.name) || page.imported.has(use.name)) continue;
        const near = closest(use.name, Object.keys(MDX_COMPONENTS));
        issues.push({...where, path: `<${use.name}>`, message: `未知的组件 <${use.name}>：页面会在打开时出错`, fix: near ? `是不是 <${near}>？（组件名区分大小写）` : `可用的组件：${Object.keys(MDX_COMPONENTS).join('、')}`});
        continue;
      }
      for (const req of spec.required ?? []) {
        if (!use.attrs.has(req)) issues.push({...where, path: `<${use.name}> ${req}`, message: `<${use.name}> 缺少 ${req}`, fix: `写成 <${use.name} ${req}="…" />`});
      }
      for (const [prop, kind] of Object.entries(spec.refs)) {
        const attr = use.attrs.get(prop);
        if (!attr) continue;
        const values = attr.value === null ? [] : Array.isArray(attr.value) ? attr.value : [attr.value];
        const [label, home] = kindName[kind];
        if (attr.value === null && !attr.expression) {
          issues.push({...where, path: `<${use.name}> ${prop}`, message: `<${use.name}> 的 ${prop} 没有值`, fix: `写成 ${prop}="…"，值为已有的${label} id`});
        }
        for (const v of values) {
          const ok = known[kind].has(v) || (pendingKind[kind] !== undefined && pendingIds.has(`${pendingKind[kind]}:${v}`));
          if (ok) continue;
          const near = closest(v, known[kind]);
          issues.push({
            ...where,
            path: `<${use.name}> ${prop}`,
            message: `<${use.name} ${prop}="${v}"> 引用了不存在的${label}：${v}`,
            fix: `${near ? `是不是 ${near}？可选：${listOf(known[kind], 6)}` : `改为已有的${label}（${listOf(known[kind])}）`}${home ? `；新的${label}先在 ${home} 中添加` : ''}`,
          });
        }
      }
    }
  }

  // `doc:` references in data: the page exists (validate.ts) and so does the anchor.
  const docRef = (file: string, fieldPath: string, entryId: string | undefined, url: string) => {
    if (!url.includes('#')) return;
    const route = url.split('#')[0]!.replace(/\/$/, '');
    if (!content.docRoutes.includes(route)) return; // reported by validate.ts as a missing page
    const broken = checkLink(url, null);
    if (broken) issues.push(load.locate({file, path: fieldPath, entryId, ...broken}));
  };
  content.taxonomy.stages.forEach((s, i) => docRef('data/taxonomy.yaml', `stages[${i}].doc`, undefined, s.doc));
  content.coverage.forEach((item, i) =>
    item.covered_by.forEach((t, j) => {
      if (t.startsWith('doc:')) docRef('data/seed-coverage.yaml', `[${i}].covered_by[${j}]`, undefined, t.slice(4));
    }),
  );
  for (const s of content.scenarios) {
    const file = content.origins[`scenario:${s.id}`]?.file ?? '?';
    s.turns.forEach((t, ti) => t.options.forEach((o, oi) => docRef(file, `turns[${ti}].options[${oi}].doc`, s.id, o.doc)));
  }
  // Two files with the same route (a.md and a.mdx, or a slug): Docusaurus would keep only one.
  const seen = new Map<string, string>();
  for (const p of pages.values()) {
    if (path.posix.basename(p.rel).startsWith('_')) continue;
    const first = seen.get(p.route);
    if (first) issues.push({file: p.rel, line: 1, path: '(整个文件)', message: `和 ${first} 对应同一个网址 ${p.route}，其中一个页面会丢失`, fix: '删除或改名其中一个文件，或用 front matter 的 slug 给它换一个网址'});
    else seen.set(p.route, p.rel);
  }
  issues.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return issues;
}
