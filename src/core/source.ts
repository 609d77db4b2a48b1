/**
 * Reading content files the way editors save them: encoding (UTF-8, BOM, GBK by mistake,
 * replacement characters, invisible characters) and YAML beyond plain syntax (unknown
 * tags, anchors and aliases, alias bombs). Every problem becomes one ContentIssue with
 * file, line, field path, what is wrong and what would be right; a broken file never
 * stops the others from being read. Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import {LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, visit, type Node} from 'yaml';
import {describeYamlError, formatPath, type ContentIssue} from './issues';
import {templateBraceProblems} from './template';

export interface ParsedFile {
  rel: string;
  doc: ReturnType<typeof parseDocument>;
  lines: LineCounter;
  source: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Byte offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const lineAtByte = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Characters that show as nothing: zero-width space and friends, soft hyphen, BOM inside text. */
export const INVISIBLE_RE = /[\u200b\u200c\u200e\u200f\u2060-\u2064\ufeff\u00ad\u180e]/;
const INVISIBLE_OR_SPACE_G = /[\s\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e]/g;
const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export interface ReadResult {
  text: string | null;
  /** Latin-1 view of an undecodable file, to find ids in it: they are ASCII either way. */
  raw?: string;
}

/**
 * Read a content file as UTF-8. A leading BOM is accepted and dropped (Windows Notepad
 * writes one). Bytes that are not UTF-8 make one issue for the file, at the first bad
 * line; U+FFFD (text already lost in a conversion) makes one issue naming its lines.
 */
export function readSource(root: string, rel: string, issues: ContentIssue[]): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(root, rel));
  } catch {
    issues.push({file: rel, path: '(整个文件)', message: '文件不存在或无法读取', fix: `创建 ${rel}，或检查文件名`});
    return {text: null};
  }
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(3);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = lineAtByte(bytes, bad);
    issues.push({
      file: rel,
      line,
      path: '(整个文件)',
      message: `文件不是 UTF-8 编码：从第 ${line} 行起有无法识别的字节，多半是用 GBK（GB2312、ANSI）保存的，站点会把这些字显示成乱码`,
      fix: '请用 UTF-8 重新保存这个文件（VS Code：点右下角的编码 →「通过编码重新打开」选 GB 18030，确认文字正常后再「通过编码保存」选 UTF-8）',
    });
    return {text: null, raw: bytes.toString('latin1')};
  }
  const text = bytes.toString('utf8');
  const replaced = text
    .split('\n')
    .flatMap((l, i) => (l.includes('\ufffd') ? [i + 1] : []));
  if (replaced.length) {
    const lines = replaced.slice(0, 8).join('、') + (replaced.length > 8 ? ' …' : '');
    issues.push({
      file: rel,
      line: replaced[0],
      path: '(整个文件)',
      message: `有替换字符 �（第 ${lines} 行）：原来的文字在一次错误的编码转换里已经丢失`,
      fix: '把 � 换回原来的文字（从原始文件或历史版本里找回），并用 UTF-8 保存',
    });
  }
  return {text};
}

/** Field path and line of every string value in a YAML document, for text-level checks. */
function walkStrings(node: Node | null | undefined, at: PropertyKey[], visitString: (value: string, at: PropertyKey[], node: Node) => void) {
  if (!node) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string') visitString(node.value, at, node);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      walkStrings(pair.value as Node | null, [...at, key], visitString);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walkStrings(item as Node, [...at, i], visitString));
  }
}

/**
 * Parse YAML and report what the syntax check lets through: unknown tags, anchors and
 * aliases (an alias bomb is stopped by `maxAliasCount` and reported as one issue). Returns
 * the document and its plain value, or null when the file cannot be used.
 */
export function parseYamlSource(rel: string, source: string, issues: ContentIssue[]): {file: ParsedFile; data: unknown} | null {
  const lines = new LineCounter();
  const doc = parseDocument(source, {lineCounter: lines, prettyErrors: false, uniqueKeys: true});
  const file: ParsedFile = {rel, doc, lines, source};
  const sourceLines = source.split('\n');
  if (doc.errors.length) {
    // The first error is the one to fix: later ones in the same file are mostly its echo.
    const first = doc.errors[0]!;
    let pos = lines.linePos(first.pos[0]);
    // The parser notices an unclosed quote at the end of the file; the editor needs the line that opened it.
    const quote = /^Missing closing (["'])quote/.exec(first.message)?.[1];
    if (quote) {
      for (let l = Math.min(pos.line, sourceLines.length); l >= 1; l--) {
        const text = sourceLines[l - 1]!;
        if (text.split(quote).length % 2 === 0) {
          pos = {line: l, col: text.indexOf(quote) + 1};
          break;
        }
      }
    }
    const lineText = sourceLines[pos.line - 1] ?? '';
    const more = doc.errors.length - 1;
    const {message, fix} = describeYamlError(first.code, first.message, lineText);
    issues.push({
      file: rel,
      line: pos.line,
      column: pos.col,
      path: '(YAML 语法)',
      message: more ? `${message}；这个文件里另有 ${more} 处语法报错，多半由这一处引起，改好后重新检查` : message,
      fix,
    });
    return null;
  }
  for (const warning of doc.warnings) {
    const pos = lines.linePos(warning.pos[0]);
    const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1];
    issues.push({
      file: rel,
      line: pos.line,
      column: pos.col,
      path: '(YAML 语法)',
      message: tag ? `未知的 YAML 标签 ${tag}：数据文件里不使用标签，这个值会被当成普通文本` : `YAML 有可疑的写法（${warning.message.split('\n')[0]}）`,
      fix: tag ? `删除 ${tag}，直接写值；如果文本本身以 ! 开头，请用引号把整段括起来` : '按提示修改这一行',
    });
  }
  // Anchors (&name) and aliases (*name) copy content from elsewhere in the file: errors
  // could no longer point at the line that holds the text, and many aliases can explode.
  let anchorAt: {offset: number; name: string; alias: boolean} | null = null;
  visit(doc, (_key, node) => {
    if (anchorAt) return visit.BREAK;
    if (isAlias(node)) anchorAt = {offset: node.range?.[0] ?? 0, name: node.source, alias: true};
    else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) anchorAt = {offset: node.range?.[0] ?? 0, name: node.anchor, alias: false};
    return undefined;
  });
  // `__proto__` as a key would set the object's prototype when read, and vanish silently.
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__') {
        const pos = lines.linePos(pair.key.range?.[0] ?? 0);
        issues.push({file: rel, line: pos.line, column: pos.col, path: '(YAML 语法)', message: '字段名不能是 __proto__：读取时它会消失', fix: '换一个名字（小写英文字母、数字和 _，以字母开头）'});
      }
    },
  });
  let data: unknown;
  try {
    data = doc.toJS({maxAliasCount: 100});
  } catch {
    const found = anchorAt as {offset: number} | null;
    const pos = lines.linePos(found?.offset ?? 0);
    issues.push({
      file: rel,
      line: pos.line,
      column: pos.col,
      path: '(YAML 语法)',
      message: 'YAML 别名（*名称）被层层展开的次数过多，像是一个“别名炸弹”，这个文件没有被读取',
      fix: '删除所有的 &锚点 和 *别名，把内容直接写出来',
    });
    return null;
  }
  if (anchorAt) {
    const {offset, name, alias} = anchorAt as {offset: number; name: string; alias: boolean};
    const pos = lines.linePos(offset);
    issues.push({
      file: rel,
      line: pos.line,
      column: pos.col,
      path: '(YAML 语法)',
      message: alias ? `用了 YAML 别名 *${name}：内容从别处复制而来，出错时无法指出原文所在的行` : `用了 YAML 锚点 &${name}：数据文件里不使用锚点和别名`,
      fix: `删除 &${name} 和引用它的 *${name}，在每个用到的地方把内容直接写出来`,
    });
  }
  // Text-level checks on every string value: invisible characters and malformed placeholders.
  const entryIdAt = (i: PropertyKey | undefined): string | undefined => {
    const entry = Array.isArray(data) && typeof i === 'number' ? (data[i] as {id?: unknown} | null) : null;
    return typeof entry?.id === 'string' ? entry.id : undefined;
  };
  walkStrings(doc.contents as Node | null, [], (value, at, node) => {
    const pos = lines.linePos(node.range?.[0] ?? 0);
    const entryId = entryIdAt(at[0]);
    const where = {file: rel, line: pos.line, column: pos.col, path: formatPath(at), ...(entryId ? {entryId} : {})};
    if (value.length && !value.replace(INVISIBLE_OR_SPACE_G, '') && /[^\s]/.test(value)) {
      const chars = [...new Set([...value].filter((c) => !/\s/.test(c)).map(codePoint))].join('、');
      issues.push({...where, message: `这段文本只有看不见的字符（${chars}），页面上会是空白`, fix: '删除这些字符，填写实际内容；不需要这个字段就整行删除'});
      return;
    }
    const invisible = INVISIBLE_RE.exec(value);
    if (invisible) {
      issues.push({
        ...where,
        message: `文本里夹着看不见的字符 ${codePoint(invisible[0])}（零宽字符一类），搜索和复制出来的回复都会受影响`,
        fix: `删除这个字符：它在「${value.slice(Math.max(0, invisible.index - 6), invisible.index)}」之后`,
      });
    }
    // `pattern` fields (contradicted_by, writing rules) are regular expressions, not templates.
    if (at[at.length - 1] === 'pattern') return;
    for (const p of templateBraceProblems(value)) issues.push({...where, message: p.message, fix: p.fix});
  });
  return {file, data};
}
