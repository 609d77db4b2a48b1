/**
 * What an MDX page may not contain: raw `<script>` (and other embedding elements), inline
 * event handlers (`onClick=` and every other `on*` attribute), `dangerouslySetInnerHTML`
 * and `javascript:` / `vbscript:` / `data:text/html` URLs. One rule set, two users: the
 * remark plugin the build runs on every doc (`remarkKbGuard`, wired in docusaurus.config.ts)
 * and `kb check`, which reports every finding with its line instead of stopping at the first.
 *
 * No imports: Docusaurus loads this through its config, where ESM-only packages are awkward.
 */

/** The few mdast shapes this module reads. */
export interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: {type: string; name?: string; value?: unknown}[];
  children?: MdNode[];
  position?: {start: {line: number; column: number}};
}

export interface UnsafeFinding {
  line?: number;
  column?: number;
  message: string;
  fix: string;
}

const EMBED_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'to', 'action', 'formaction', 'xlink:href', 'srcdoc', 'poster', 'data']);

/** `javascript:` even when written `Java\tScript :` or with entities' leftovers stripped by browsers. */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside the scheme.
  const compact = [...url].filter((c) => c.charCodeAt(0) > 0x20 && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f)).join('').toLowerCase();
  return /^(?:javascript|vbscript|livescript):/.test(compact) || /^data:(?:text\/html|application\/(?:x-)?javascript|image\/svg\+xml)/.test(compact);
}

const at = (node: MdNode) => ({line: node.position?.start.line, column: node.position?.start.column});

function checkElement(node: MdNode, out: UnsafeFinding[]) {
  const name = (node.name ?? '').toLowerCase();
  if (EMBED_ELEMENTS.has(name)) {
    out.push({
      ...at(node),
      message: `页面里有 <${node.name}> 标签：发布后会在每位读者的浏览器里加载或运行`,
      fix: name === 'script' ? '删除 <script>；需要交互时请用站点已有的组件（如 <PhrasePicker>），或请开发同事新增组件' : `删除 <${node.name}>，改用普通链接指向外部内容`,
    });
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
    const attrName = attr.name.toLowerCase();
    if (/^on[a-z]/.test(attrName)) {
      out.push({
        ...at(node),
        message: `<${node.name ?? ''}> 上有事件处理属性 ${attr.name}：页面里不能写会执行的代码`,
        fix: `删除 ${attr.name}；需要交互时请用站点已有的组件，或请开发同事新增组件`,
      });
    } else if (attrName === 'dangerouslysetinnerhtml') {
      out.push({...at(node), message: `<${node.name ?? ''}> 用了 dangerouslySetInnerHTML，会把任意 HTML 原样插进页面`, fix: '删除这个属性，把内容直接写成正文'});
    } else if (URL_ATTRIBUTES.has(attrName) && typeof attr.value === 'string' && isUnsafeUrl(attr.value)) {
      out.push({...at(node), message: `${attr.name} 是 javascript: 之类的脚本链接：${attr.value.slice(0, 40)}`, fix: '改为 https:// 开头的网址或站内路径（如 /docs/sop/reception）'});
    }
  }
}

/** Raw HTML (`.md` pages, or an `html` node): the same rules on the source text. */
function checkHtml(node: MdNode, html: string, out: UnsafeFinding[]) {
  const tag = /<\s*(script|iframe|object|embed|frame|frameset|base|meta)\b/i.exec(html);
  if (tag) out.push({...at(node), message: `页面里有 <${tag[1]}> 标签：发布后会在每位读者的浏览器里加载或运行`, fix: `删除 <${tag[1]}>`});
  const handler = /<[^>]*\s(on[a-z]+)\s*=/i.exec(html);
  if (handler) out.push({...at(node), message: `HTML 标签上有事件处理属性 ${handler[1]}：页面里不能写会执行的代码`, fix: `删除 ${handler[1]}`});
  const url = /\s(?:href|src|action|formaction)\s*=\s*["']?([^"'\s>]+)/i.exec(html);
  if (url && isUnsafeUrl(url[1]!)) out.push({...at(node), message: `链接是 javascript: 之类的脚本链接：${url[1]!.slice(0, 40)}`, fix: '改为 https:// 开头的网址或站内路径'});
}

/** Every unsafe construct in a parsed page, top to bottom. */
export function findUnsafe(tree: MdNode): UnsafeFinding[] {
  const out: UnsafeFinding[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node, out);
    else if (node.type === 'html' && typeof node.value === 'string') checkHtml(node, node.value, out);
    else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string' && isUnsafeUrl(node.url)) {
      out.push({...at(node), message: `链接是 javascript: 之类的脚本链接：${node.url.slice(0, 40)}`, fix: '改为 https:// 开头的网址或站内路径（如 /docs/sop/reception）'});
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

interface VFileLike {
  path?: string;
  fail(reason: string, place?: unknown): never;
}

/**
 * Remark plugin for the build: a page with any unsafe construct fails the build, with
 * every finding listed by line (Docusaurus prints the file).
 */
export default function remarkKbGuard() {
  return (tree: MdNode, file: VFileLike) => {
    const found = findUnsafe(tree);
    if (!found.length) return;
    const list = found.map((f) => `  第 ${f.line ?? '?'} 行：${f.message}。修改：${f.fix}`).join('\n');
    file.fail(`页面里有不安全的内容，已停止构建（共 ${found.length} 处）：\n${list}`, found[0]!.line ? {line: found[0]!.line, column: found[0]!.column ?? 1} : undefined);
  };
}
