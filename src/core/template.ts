/**
 * Reply templates: `{name}` is a placeholder the agent (or the profile) fills,
 * `{policy.id}` quotes a policy fact. Shared by the build, the browser widgets, the
 * search index and the `kb` tool, so a reply renders the same everywhere.
 *
 * Typography rule (the one rule the whole site follows, see README): a space separates
 * Chinese from Latin letters and digits; punctuation in Chinese text is full-width.
 * Values are joined to the text around them under that rule, so editors write
 * `订单{order_no}已发货` and the customer reads `订单 2026112400012345 已发货`.
 */
import type {Basis, Placeholder, PlaceholderType, PolicyFact} from './schema';

export type Token =
  | {kind: 'text'; value: string}
  | {kind: 'placeholder'; name: string}
  | {kind: 'policy'; id: string};

const TOKEN_RE = /\{(policy\.)?([a-z][a-z0-9_]*|[a-z0-9]+(?:[-_][a-z0-9]+)*)\}/g;

export function parseTemplate(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of source.matchAll(TOKEN_RE)) {
    if (m.index > last) tokens.push({kind: 'text', value: source.slice(last, m.index)});
    tokens.push(m[1] ? {kind: 'policy', id: m[2]!} : {kind: 'placeholder', name: m[2]!});
    last = m.index + m[0].length;
  }
  if (last < source.length) tokens.push({kind: 'text', value: source.slice(last)});
  return tokens;
}

export const placeholderNames = (source: string): string[] => [
  ...new Set(parseTemplate(source).flatMap((t) => (t.kind === 'placeholder' ? [t.name] : []))),
];

export const policyRefs = (source: string): string[] => [
  ...new Set(parseTemplate(source).flatMap((t) => (t.kind === 'policy' ? [t.id] : []))),
];

/** A whole `{…}` token body: `name` or `policy.id`, as TOKEN_RE reads it. */
const TOKEN_BODY_RE = /^(policy\.)?([a-z][a-z0-9_]*|[a-z0-9]+(?:[-_][a-z0-9]+)*)$/;

/** What editors call a placeholder in Chinese, and its name. */
const CHINESE_NAMES: ReadonlyMap<string, string> = new Map([
  ['订单号', 'order_no'],
  ['订单编号', 'order_no'],
  ['快递单号', 'tracking_no'],
  ['运单号', 'tracking_no'],
  ['物流单号', 'tracking_no'],
  ['金额', 'money'],
  ['退款金额', 'money'],
  ['商品', 'product'],
  ['商品名称', 'product'],
  ['商品名', 'product'],
  ['客户称呼', 'customer_title'],
  ['称呼', 'customer_title'],
  ['客服昵称', 'agent'],
  ['客服', 'agent'],
  ['平台', 'platform'],
  ['平台名称', 'platform'],
]);

export interface BraceProblem {
  /** Offset of the problem in the template. */
  index: number;
  found: string;
  message: string;
  fix: string;
}

const NAME_HINT = '占位符写作 {name}（小写英文字母、数字和 _，以字母开头），政策写作 {policy.<id>}';
const OPEN = /[{｛]/;
const CLOSE = /[}｝]/;

/**
 * Braces that look like a placeholder but are not one: `{order_no` (unclosed), `{{order_no}}`,
 * `{订单号}`, `{ order_no }`, `{Order_No}`, full-width ｛｝, a stray `}`. Each with its fix.
 * Valid tokens (the ones `parseTemplate` reads) are never reported.
 */
export function templateBraceProblems(source: string): BraceProblem[] {
  const problems: BraceProblem[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (CLOSE.test(ch)) {
      problems.push({index: i, found: ch, message: `多了一个右花括号「${ch}」，前面没有与它配对的 {`, fix: `删除这个「${ch}」，或在占位符名前补上 {（${NAME_HINT}）`});
      i++;
      continue;
    }
    if (!OPEN.test(ch)) {
      i++;
      continue;
    }
    // Double braces: {{name}} (template engines elsewhere use them).
    if (OPEN.test(source[i + 1] ?? '')) {
      const end = source.slice(i + 2).search(/[}｝]{2}/);
      const inner = end >= 0 ? source.slice(i + 2, i + 2 + end) : source.slice(i + 2).split(/[}｝\s，。]/)[0]!;
      const found = end >= 0 ? source.slice(i, i + 2 + end + 2) : source.slice(i, i + 2 + inner.length);
      problems.push({index: i, found, message: `占位符用了两层花括号：${found}`, fix: `改为 {${inner.trim()}}（只用一对花括号）`});
      i += found.length;
      continue;
    }
    // The matching close: the first } before another {.
    let j = i + 1;
    while (j < source.length && !CLOSE.test(source[j]!) && !OPEN.test(source[j]!)) j++;
    if (j >= source.length || OPEN.test(source[j]!)) {
      const name = /^(policy\.)?[A-Za-z0-9_.-]*/.exec(source.slice(i + 1))![0];
      const found = `${ch}${name}`;
      problems.push({
        index: i,
        found,
        message: `占位符少了右花括号：「${found}」后面没有 }`,
        fix: name ? `改为 {${name}}` : `补上占位符名和右花括号，例如 {order_no}；如果这里不是占位符，删除这个「${ch}」`,
      });
      i = i + 1 + name.length;
      continue;
    }
    const inner = source.slice(i + 1, j);
    const found = source.slice(i, j + 1);
    const fullWidth = ch !== '{' || source[j] !== '}';
    const index = i;
    i = j + 1;
    if (TOKEN_BODY_RE.test(inner)) {
      if (fullWidth) problems.push({index, found, message: `占位符用了全角花括号：${found}`, fix: `改为半角的 {${inner}}`});
      continue;
    }
    const trimmed = inner.trim();
    let message: string;
    let fix: string;
    if (!trimmed) {
      message = `空的花括号：${found}`;
      fix = `在花括号里写上占位符名，例如 {order_no}；不需要就删除（${NAME_HINT}）`;
    } else if (TOKEN_BODY_RE.test(trimmed)) {
      message = `占位符的花括号里多了空格：${found}`;
      fix = `改为 {${trimmed}}`;
    } else if (TOKEN_BODY_RE.test(trimmed.toLowerCase())) {
      message = `占位符名要用小写：${found}`;
      fix = `改为 {${trimmed.toLowerCase()}}`;
    } else if (trimmed === 'policy.' || trimmed === 'policy') {
      message = `政策引用缺少 id：${found}`;
      fix = '写成 {policy.<id>}，id 见 data/policies/，例如 {policy.return_window_days}';
    } else if (/[\u3400-\u9fff]/.test(trimmed)) {
      const guess = CHINESE_NAMES.get(trimmed);
      message = `占位符名不能用中文：${found}`;
      fix = guess
        ? `改为 {${guess}}${guess === 'agent' || guess === 'platform' ? '（自动填入，无需声明）' : `，并在 placeholders 中声明 ${guess}`}`
        : `改为英文占位符名（例如 {order_no}、{product}），并在 placeholders 中声明，label 可以写「${trimmed}」`;
    } else {
      message = `花括号里的内容不是合规的占位符：${found}`;
      fix = `${NAME_HINT}；如果只是想写花括号，请改用其他符号`;
    }
    problems.push({index, found, message, fix});
  }
  return problems;
}

/**
 * `record[key]` for names that come from content: `{constructor}` or `{__proto__}` must read
 * as "no value", not as a property every object inherits.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Braces left in rendered text: a placeholder someone typed wrong, e.g. `{订单号}` or `{{order}}`. */
export const RAW_PLACEHOLDER_RE = /[{}｛｝]|\[\[|\]\]/;

/** Placeholders filled without asking the agent. */
export const BUILTIN_PLACEHOLDERS: Readonly<Record<string, Placeholder>> = Object.assign(Object.create(null) as Record<string, Placeholder>, {
  agent: {type: 'agent_name'},
  platform: {type: 'platform_name'},
} satisfies Record<string, Placeholder>);

export const PLACEHOLDER_LABELS: Record<PlaceholderType, string> = {
  order_no: '订单号',
  money: '金额（元）',
  datetime: '时间',
  product: '商品名称',
  tracking_no: '快递单号',
  customer_title: '客户称呼',
  agent_name: '客服昵称',
  platform_name: '平台名称',
  text: '内容',
};

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const HALF = /[A-Za-z0-9]/;

/** Join two pieces, adding the space the typography rule needs at the seam. */
export function joinSpaced(left: string, right: string): string {
  if (!left || !right) return left + right;
  const a = left[left.length - 1]!;
  const b = right[0]!;
  // `10%的` reads as `10% 的` too (AutoCorrect, which the content lint runs, agrees).
  const needs = (CJK.test(a) && HALF.test(b)) || ((HALF.test(a) || a === '%') && CJK.test(b));
  return needs ? `${left} ${right}` : left + right;
}

/** `7 天`, `20 元`, `10%`, `24 小时`; rules without a unit render their value as is. */
export function formatPolicy(fact: Pick<PolicyFact, 'value' | 'unit'>): string {
  const value = String(fact.value);
  if (!fact.unit) return value;
  if (/^[%‰]/.test(fact.unit)) return value + fact.unit;
  return joinSpaced(value, fact.unit);
}

/** A fact's basis as readers see it: 《消费者权益保护法》第二十五条, or 平台规则. */
export function formatBasis(basis: Basis): string[] {
  return basis.map((b) => (b === 'platform' ? '平台规则' : `${b.law}${b.article ?? ''}`));
}

export interface RenderOptions {
  values?: Readonly<Record<string, string | undefined>>;
  policies?: Readonly<Record<string, Pick<PolicyFact, 'value' | 'unit'>>>;
}

export type Segment =
  | {kind: 'text'; value: string}
  | {kind: 'filled'; name: string; value: string}
  | {kind: 'missing'; name: string};

/**
 * Render a template into segments (for previews that mark unfilled placeholders) and
 * the joined text. `missing` lists the placeholders without a value, in order.
 */
export function renderTemplate(source: string, opts: RenderOptions = {}) {
  const segments: Segment[] = [];
  const missing: string[] = [];
  let out = '';
  for (const token of parseTemplate(source)) {
    let piece: string;
    if (token.kind === 'text') {
      piece = token.value;
      segments.push({kind: 'text', value: piece});
    } else if (token.kind === 'policy') {
      const fact = ownValue(opts.policies, token.id);
      piece = fact ? formatPolicy(fact) : `{policy.${token.id}}`;
      if (!fact) missing.push(`policy.${token.id}`);
      segments.push(fact ? {kind: 'text', value: piece} : {kind: 'missing', name: `policy.${token.id}`});
    } else {
      const value = ownValue(opts.values, token.name)?.trim();
      if (value) {
        piece = value;
        segments.push({kind: 'filled', name: token.name, value});
      } else {
        piece = `{${token.name}}`;
        if (!missing.includes(token.name)) missing.push(token.name);
        segments.push({kind: 'missing', name: token.name});
      }
    }
    out = joinSpaced(out, piece);
  }
  return {text: out, segments, missing};
}

/** Replace policy references only: for answers and docs shown to agents. */
export const renderPolicies = (source: string, policies: RenderOptions['policies']) =>
  parseTemplate(source).reduce((out, t) => {
    if (t.kind === 'text') return joinSpaced(out, t.value);
    if (t.kind === 'policy') {
      const fact = ownValue(policies, t.id);
      return joinSpaced(out, fact ? formatPolicy(fact) : `{policy.${t.id}}`);
    }
    return joinSpaced(out, `{${t.name}}`);
  }, '');

export interface FieldRules {
  orderNoPattern: string;
  trackingNoPattern: string;
}

/**
 * Check one value an agent typed. Returns the message shown next to the field, or null.
 * Every placeholder is required: a blank never reaches a customer.
 */
export function checkValue(ph: Placeholder, raw: string | undefined, rules: FieldRules): string | null {
  const value = (raw ?? '').trim();
  const label = ph.label ?? PLACEHOLDER_LABELS[ph.type];
  if (!value) return `请填写${label}`;
  if (RAW_PLACEHOLDER_RE.test(value)) return `${label}里不能带 { } 这类符号，请填写实际内容`;
  switch (ph.type) {
    case 'order_no':
      return new RegExp(rules.orderNoPattern).test(value) ? null : `${label}格式不对：应为 16 到 20 位数字`;
    case 'tracking_no':
      return new RegExp(rules.trackingNoPattern).test(value) ? null : `${label}格式不对：应为 8 到 24 位字母或数字`;
    case 'money':
      return /^(?:0|[1-9]\d{0,6})(?:\.\d{1,2})?$/.test(value) && Number(value) > 0
        ? null
        : `${label}格式不对：请填写大于 0 的数字，最多两位小数（例如 20 或 19.90）`;
    default:
      return value.length > 200 ? `${label}太长了，请控制在 200 字以内` : null;
  }
}
