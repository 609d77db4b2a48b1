/**
 * Content problems, as editors read them: file, line, field path, what is wrong and what
 * would be right. Loader, validation and lint all report through this one type.
 */
import type * as z from 'zod';

export interface ContentIssue {
  file: string;
  line?: number;
  column?: number;
  /** Field path inside the file, e.g. `[3].variants[0].text`. */
  path: string;
  entryId?: string;
  message: string;
  fix: string;
}

export const formatPath = (path: readonly PropertyKey[]): string =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '') || '(整个文件)';

export function formatIssue(i: ContentIssue): string {
  const where = [i.file, i.line, i.line ? i.column : undefined].filter((x) => x !== undefined).join(':');
  const entry = i.entryId ? `（条目 ${i.entryId}）` : '';
  return `${where}  ${i.path}${entry}\n  问题：${i.message}\n  修改：${i.fix}`;
}

/** GitHub workflow-command escaping: message data, and property values (which also escape : and ,). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One issue as a GitHub Actions annotation (`::error file=…,line=…,col=…,title=…::message`):
 * on a pull request it shows on the changed line of the diff.
 */
export function githubAnnotation(i: ContentIssue): string {
  const props = [`file=${escapeProperty(i.file.replace(/\/$/, ''))}`];
  if (i.line) props.push(`line=${i.line}`);
  if (i.line && i.column) props.push(`col=${i.column}`);
  props.push(`title=${escapeProperty(`内容校验：${i.path}${i.entryId ? `（条目 ${i.entryId}）` : ''}`)}`);
  return `::error ${props.join(',')}::${escapeData(`问题：${i.message}\n修改：${i.fix}`)}`;
}

export class ContentError extends Error {
  declare readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(`内容校验失败，共 ${issues.length} 处问题：\n\n${issues.map(formatIssue).join('\n\n')}\n`);
    this.name = 'ContentError';
    // Not enumerable: Node would print the list a second time under the message.
    Object.defineProperty(this, 'issues', {value: issues, enumerable: false});
  }
}

const typeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  array: '列表（YAML 里用 - 开头的多行，或 [a, b]）',
  object: '对象（键: 值）',
  boolean: 'true 或 false',
};

/** What an editor wrote, in their words: 文本「…」, 数字 3, 列表, 对象, 空值. */
function describeInput(input: unknown): string {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  if (typeof input === 'string') return `文本「${input.length > 30 ? `${input.slice(0, 30)}…` : input}」`;
  if (typeof input === 'number') return `数字 ${input}`;
  if (typeof input === 'boolean') return String(input);
  if (typeof input === 'object') return '对象（键: 值）';
  return typeof input;
}

/** A field's name as editors see it: the key, `第 N 项` for a list item, or the whole file. */
function fieldName(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return '整个文件';
  if (typeof last !== 'number') return String(last);
  const list = path[path.length - 2];
  return typeof list === 'string' ? `${list} 的第 ${last + 1} 项` : `第 ${last + 1} 项`;
}

/** Text that opens with `{` or `[` is read by YAML as a map or a list: the usual cause of a wrong type. */
const QUOTE_HINT = '；如果这是以 { 或 [ 开头的文本，请用引号把整段括起来，例如 text: "{order_no} 已发货"';

/** zod's own English messages are replaced; schema messages are already in Chinese. */
const english = (message: string) => !/[\u4e00-\u9fff]/.test(message);

/** `value 的类型不对` but `第 2 项的类型不对`: a space only after a Latin field name. */
const w = (field: string, rest: string) => (/[A-Za-z0-9_]$/.test(field) ? `${field} ${rest}` : field + rest);

/**
 * Turn a zod issue into what is wrong and what would be right, in words editors use.
 * `path` is the issue's full path in the file (defaults to the issue's own path).
 */
export function describeZodIssue(issue: z.core.$ZodIssue, path: readonly PropertyKey[] = issue.path): Pick<ContentIssue, 'message' | 'fix'> {
  const field = fieldName(path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (issue.input === undefined) {
        return {message: `缺少必填字段 ${field}`, fix: `添加 ${field}:，值为${expected}`};
      }
      if (issue.input === null) {
        return typeof path[path.length - 1] === 'number'
          ? {message: `${field}是空的`, fix: `填写这一项（应为${expected}），或删除这个多余的 -`}
          : {message: `${field} 没有填写`, fix: `在 ${field}: 后面填写${expected}，或删除这一行（如果它不是必填项）`};
      }
      const hint = issue.expected === 'string' && typeof issue.input === 'object' ? QUOTE_HINT : '';
      return {message: w(field, `的类型不对：现在是${describeInput(issue.input)}`), fix: w(field, `应为${expected}${hint}`)};
    }
    case 'invalid_union': {
      // Report the branch that got furthest (the value had the right type but broke a rule);
      // otherwise list the types any branch accepts.
      const deeper = issue.errors.find((branch) => branch.length && branch.every((i) => i.code !== 'invalid_type' || i.path.length));
      if (deeper?.[0]) return describeZodIssue(deeper[0], [...path, ...deeper[0].path]);
      const expected = [
        ...new Set(issue.errors.flatMap((b) => b.flatMap((i) => (i.code === 'invalid_type' ? [typeNames[i.expected] ?? i.expected] : [])))),
      ];
      if (issue.input === undefined) return {message: `缺少必填字段 ${field}`, fix: `添加 ${field}:，值为${expected.join('或')}`};
      if (issue.input === null) return {message: `${field} 没有填写`, fix: `在 ${field}: 后面填写${expected.join('或')}`};
      const wrote = describeInput(issue.input);
      return {
        message: w(field, `的类型不对：现在是${wrote}`),
        fix: w(field, `应为${expected.join('或') || '允许的值'}`) + `${expected.includes('文本') && typeof issue.input === 'object' && issue.input ? QUOTE_HINT : ''}`,
      };
    }
    case 'invalid_value': {
      const wrote = issue.input === undefined ? '' : `：${describeInput(issue.input)}`;
      return {
        message: w(field, `的值不在允许的范围内${wrote}`),
        fix: `可选值：${issue.values.map(String).join(' / ')}`,
      };
    }
    case 'unrecognized_keys':
      return {
        message: `有未知字段：${issue.keys.join('、')}`,
        fix: `删除这些字段，或检查拼写（字段名区分大小写）`,
      };
    case 'too_small': {
      if (issue.origin === 'array') {
        const n = Number(issue.minimum);
        const have = Array.isArray(issue.input) ? `，现在有 ${issue.input.length} 项` : '';
        return {
          message: w(field, english(issue.message) ? `${issue.exact ? '正好要有' : '至少要有'} ${n} 项${have}` : issue.message),
          fix: issue.exact ? `${field} 正好要有 ${n} 项` : `${field} 至少填写 ${n} 项`,
        };
      }
      const item = typeof path[path.length - 1] === 'number';
      return {
        message: w(field, english(issue.message) ? '不能为空' : issue.message),
        fix: item ? '填写这一项的内容，或删除这一项' : `在 ${field}: 后面填写内容`,
      };
    }
    case 'too_big':
      return {
        message: w(field, english(issue.message) ? `超出了上限 ${Number(issue.maximum)}` : issue.message),
        fix: issue.origin === 'array' ? `${field} ${issue.exact ? '正好要有' : '最多'} ${Number(issue.maximum)} 项` : `把 ${field} 缩短到 ${Number(issue.maximum)} 字以内`,
      };
    case 'invalid_format':
      return {message: w(field, `格式不对${typeof issue.input === 'string' ? `：${describeInput(issue.input)}` : ''}`), fix: issue.message};
    case 'invalid_key': {
      // The path ends at the bad key itself: name the record it sits in.
      const inner = issue.issues[0];
      const key = issue.input === undefined ? '' : `「${String(issue.input)}」`;
      const record = path[path.length - 1] === issue.input ? fieldName(path.slice(0, -1)) : field;
      return {message: w(record, `里的名称${key}不合规`), fix: inner?.message ?? '名称只能用小写英文字母、数字和 _'};
    }
    case 'custom': {
      // Custom rules write "what is wrong；what to do".
      const [what, ...how] = issue.message.split('；');
      return {message: `${field}：${what}`, fix: how.join('；') || `按上面的说明修改 ${field}`};
    }
    default:
      return {message: w(field, issue.message), fix: '按说明修改后重新运行 npm run kb -- check'};
  }
}

/** YAML parser errors, by code, in editors' words. The parser's own message follows in brackets. */
const YAML_ERRORS: Partial<Record<string, {message: string; fix: string}>> = {
  TAB_AS_INDENT: {message: '用了 Tab 缩进', fix: '把行首的 Tab 换成空格（每一层两个空格）'},
  BAD_INDENT: {message: '缩进不对', fix: '同一层的字段要左对齐，用空格缩进；[ ] 和 { } 要在同一条目内闭合'},
  DUPLICATE_KEY: {message: '同一个条目里有重复的字段', fix: '删掉重复的那一行，或把它改成正确的字段名'},
  MISSING_CHAR: {message: '缺少配对的符号或冒号', fix: '检查引号 " "、方括号 [ ]、花括号 { } 是否成对，每个字段写成「字段名: 值」'},
  BLOCK_AS_IMPLICIT_KEY: {
    message: '一行里出现了两个「冒号 + 空格」，或下一行的缩进多了',
    fix: '文本里含有「: 」时用引号把整段文本括起来，或改用中文冒号「：」；并检查下一行的缩进',
  },
  MULTILINE_IMPLICIT_KEY: {message: '字段名跨了多行', fix: '每个字段写成一行「字段名: 值」，检查上一行是否少了冒号或多了缩进'},
  UNEXPECTED_TOKEN: {
    message: '这里出现了无法识别的内容',
    fix: '以 { [ 开头或含有「: 」「 #」的文本要用引号括起来；检查缩进和冒号后的空格',
  },
  BAD_SCALAR_START: {message: '文本以 YAML 的保留符号开头', fix: '以 @ ` % ! & * 等符号开头的文本要用引号括起来'},
  BAD_DQ_ESCAPE: {message: '双引号文本里有无效的反斜杠转义', fix: '去掉反斜杠 \\，或改用单引号括起来'},
  MULTIPLE_DOCS: {message: '文件里出现了第二个 ---，被当成了两个文档', fix: '删除文件中间的 ---（每个文件只放一份数据）'},
};

/** What is wrong and what would be right for one YAML parser error. `lineText` is the line it points at. */
export function describeYamlError(code: string, parserMessage: string, lineText = ''): Pick<ContentIssue, 'message' | 'fix'> {
  const known = /^\s*\t/.test(lineText) ? YAML_ERRORS.TAB_AS_INDENT! : YAML_ERRORS[code];
  const original = parserMessage.split('\n')[0]!.trim();
  return {
    message: `YAML 语法错误：${known?.message ?? '无法解析'}（${original}）`,
    fix: known?.fix ?? '检查这一行的缩进、冒号后的空格和引号是否成对；含冒号或 # 的文本请用引号括起来',
  };
}

/** Edit distance, for "did you mean" on misspelt keys and field names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
