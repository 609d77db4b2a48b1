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
import type {Placeholder, PlaceholderType, PolicyFact} from './schema';

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

/** Braces left in rendered text: a placeholder someone typed wrong, e.g. `{订单号}` or `{{order}}`. */
export const RAW_PLACEHOLDER_RE = /[{}｛｝]|\[\[|\]\]/;

/** Placeholders filled without asking the agent. */
export const BUILTIN_PLACEHOLDERS: Readonly<Record<string, Placeholder>> = {
  agent: {type: 'agent_name'},
  platform: {type: 'platform_name'},
};

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
      const fact = opts.policies?.[token.id];
      piece = fact ? formatPolicy(fact) : `{policy.${token.id}}`;
      if (!fact) missing.push(`policy.${token.id}`);
      segments.push(fact ? {kind: 'text', value: piece} : {kind: 'missing', name: `policy.${token.id}`});
    } else {
      const value = opts.values?.[token.name]?.trim();
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
      const fact = policies?.[t.id];
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
