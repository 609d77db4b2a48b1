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
  array: '列表（YAML 里用 - 开头的多行）',
  object: '对象（键: 值）',
  boolean: 'true 或 false',
};

/** Turn a zod issue into what is wrong and what would be right, in words editors use. */
export function describeZodIssue(issue: z.core.$ZodIssue): Pick<ContentIssue, 'message' | 'fix'> {
  const last = issue.path[issue.path.length - 1];
  const field = typeof last === 'number' ? `第 ${last + 1} 项` : String(last ?? '');
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (issue.input === undefined) {
        return {message: `缺少必填字段 ${field}`, fix: `添加 ${field}:，值为${expected}`};
      }
      return {message: `${field} 的类型不对`, fix: `${field} 应为${expected}`};
    }
    case 'invalid_value':
      return {
        message: `${field} 的值不在允许的范围内`,
        fix: `可选值：${issue.values.map(String).join(' / ')}`,
      };
    case 'unrecognized_keys':
      return {
        message: `有未知字段：${issue.keys.join('、')}`,
        fix: `删除这些字段，或检查拼写（字段名区分大小写）`,
      };
    case 'too_small':
      return {message: `${field} ${issue.message}`, fix: issue.origin === 'array' ? `至少填写 ${issue.minimum} 项` : '填写内容'};
    case 'invalid_format':
      return {message: `${field} 格式不对`, fix: issue.message};
    default:
      return {message: `${field} ${issue.message}`.trim(), fix: '按说明修改后重新运行 npm run kb -- check'};
  }
}
