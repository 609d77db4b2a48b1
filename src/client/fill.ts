/**
 * Filling a reply template in the browser: which fields a template asks for, how a typed
 * value is cleaned, checked and formatted, and the filled text with its preview segments.
 * Pure functions over core/template, shared by the phrase picker, the compose tray, the
 * skills widgets and the site search (which copies a result filled from the profile).
 *
 * The rule this module exists for: a reply is only ever copied when it is complete, with
 * no literal `{…}` and no blank.
 */
import type {Placeholder} from '../core/schema';
import {
  BUILTIN_PLACEHOLDERS,
  PLACEHOLDER_LABELS,
  RAW_PLACEHOLDER_RE,
  checkValue,
  joinSpaced,
  placeholderNames,
  renderTemplate,
  type FieldRules,
  type Segment,
} from '../core/template';
import {cleanText} from '../core/safeText';

/** What the agent set once: filled into {agent}, {platform} and their typed relatives. */
export interface Profile {
  agentName: string;
  platformName: string;
}

export type Values = Readonly<Record<string, string | undefined>>;

export interface Field {
  name: string;
  placeholder: Placeholder;
  label: string;
  /** Filled from the profile, not asked in the form. */
  fromProfile: boolean;
  /** The <input type> to use. */
  input: 'text' | 'date' | 'time' | 'datetime-local';
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** Shown greyed in the empty field. */
  example?: string;
  /** Short format hint shown under the label. */
  hint?: string;
}

const DATETIME_LABELS = {date: '日期', time: '时间', datetime: '日期和时间', period: '时间段'} as const;

export function fieldLabel(ph: Placeholder): string {
  if (ph.label) return ph.label;
  if (ph.type === 'datetime' && ph.format) return DATETIME_LABELS[ph.format];
  return PLACEHOLDER_LABELS[ph.type];
}

const isProfileType = (ph: Placeholder) => ph.type === 'agent_name' || ph.type === 'platform_name';

function describe(name: string, ph: Placeholder): Field {
  const base = {name, placeholder: ph, label: fieldLabel(ph), fromProfile: isProfileType(ph), example: ph.example};
  switch (ph.type) {
    case 'order_no':
      return {...base, input: 'text', inputMode: 'numeric', hint: '16–20 位数字', example: ph.example ?? '2026112400012345'};
    case 'tracking_no':
      return {...base, input: 'text', hint: '8–24 位字母或数字', example: ph.example ?? 'SF1234567890'};
    case 'money':
      return {...base, input: 'text', inputMode: 'decimal', hint: '只填数字，单位已在话术里', example: ph.example ?? '20'};
    case 'datetime':
      if (ph.format === 'date') return {...base, input: 'date'};
      if (ph.format === 'time') return {...base, input: 'time'};
      if (ph.format === 'datetime') return {...base, input: 'datetime-local'};
      return {...base, input: 'text', example: ph.example ?? '今天傍晚'};
    default:
      return {...base, input: 'text'};
  }
}

/** The fields a template asks for, in the order they first appear in it. */
export function fieldsFor(template: string, declared: Readonly<Record<string, Placeholder>>): Field[] {
  return placeholderNames(template).map((name) => describe(name, declared[name] ?? BUILTIN_PLACEHOLDERS[name] ?? {type: 'text'}));
}

/** Union of several phrases' declarations; the first declaration of a name wins. */
export function mergePlaceholders(...all: Readonly<Record<string, Placeholder>>[]): Record<string, Placeholder> {
  const out: Record<string, Placeholder> = {};
  for (const decl of all) for (const [name, ph] of Object.entries(decl)) out[name] ??= ph;
  return out;
}

/** Full-width letters, digits and dot (typed with a Chinese IME) to their ASCII forms. */
const toHalfWidth = (s: string) => s.replace(/[０-９Ａ-Ｚａ-ｚ．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** What agents paste is forgiven where it is unambiguous: spaces in numbers, ¥ and 元 around amounts. */
export function normalizeInput(ph: Placeholder, raw: string | undefined): string {
  // What reaches a customer never holds control characters, half an emoji or a pasted page.
  const value = cleanText(raw).trim();
  switch (ph.type) {
    case 'order_no':
    case 'tracking_no':
      return toHalfWidth(value).replace(/[\s-]+/g, '');
    case 'money':
      return toHalfWidth(value).replace(/^[¥￥]\s*/, '').replace(/\s*元$/, '').replace(/,/g, '');
    default:
      return value;
  }
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

function validDate(s: string): {m: number; d: number} | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? {m: mo, d} : null;
}

/** `2026-11-25` → `11 月 25 日`; `18:00:00` → `18:00`; both joined for datetime. */
export function formatDateTime(format: Placeholder['format'], raw: string): string | null {
  if (format === 'date') {
    const d = validDate(raw);
    return d ? `${d.m} 月 ${d.d} 日` : null;
  }
  if (format === 'time') {
    const t = TIME_RE.exec(raw);
    return t ? `${t[1]}:${t[2]}` : null;
  }
  if (format === 'datetime') {
    const [date = '', time = ''] = raw.split(/[T ]/);
    const d = formatDateTime('date', date);
    const t = formatDateTime('time', time);
    return d && t ? `${d} ${t}` : null;
  }
  return raw;
}

/** The text that goes into the reply for a typed value (null when it cannot be read). */
export function formatValue(ph: Placeholder, raw: string | undefined): string | null {
  const value = normalizeInput(ph, raw);
  if (!value) return null;
  if (ph.type === 'datetime') return formatDateTime(ph.format, value);
  return value;
}

/** The message shown next to a field, or null when the value can be sent. */
export function checkField(field: Field, raw: string | undefined, rules: FieldRules): string | null {
  const ph = {...field.placeholder, label: field.label};
  const value = normalizeInput(ph, raw);
  const basic = checkValue(ph, value, rules);
  if (basic) return basic;
  if (ph.type === 'datetime' && formatDateTime(ph.format, value) === null) {
    if (ph.format === 'date') return `${field.label}格式不对：请选择日期，或按 2026-11-25 的格式填写`;
    if (ph.format === 'time') return `${field.label}格式不对：请选择时间，或按 18:00 的格式填写`;
    return `${field.label}格式不对：请选择日期和时间，或按 2026-11-25 18:00 的格式填写`;
  }
  return null;
}

export function profileValue(ph: Placeholder, profile: Profile): string {
  return ph.type === 'agent_name' ? profile.agentName : ph.type === 'platform_name' ? profile.platformName : '';
}

export interface FillInput {
  placeholders: Readonly<Record<string, Placeholder>>;
  profile: Profile;
  values: Values;
  rules: FieldRules;
}

export interface FillResult {
  text: string;
  segments: Segment[];
  fields: Field[];
  /** Field name → message, for every field that cannot be sent as it is. */
  errors: Record<string, string>;
  /** Labels of the fields that stop the copy, in form order. */
  blocking: string[];
  /** True when the text can go to a customer: every field valid, no brace left. */
  ok: boolean;
}

/** Fill a template from the profile and the form; the preview and the copy both use this. */
export function fillTemplate(template: string, {placeholders, profile, values, rules}: FillInput): FillResult {
  const fields = fieldsFor(template, placeholders);
  const rendered: Record<string, string | undefined> = {};
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const raw = f.fromProfile ? profileValue(f.placeholder, profile) : values[f.name];
    const error = checkField(f, raw, rules);
    if (error) errors[f.name] = f.fromProfile ? `${error}（在“我的信息”里设置）` : error;
    rendered[f.name] = formatValue(f.placeholder, raw) ?? normalizeInput(f.placeholder, raw);
  }
  const {text, segments: raw, missing} = renderTemplate(template, {values: rendered});
  const segments = spaceSegments(raw);
  for (const name of missing) {
    if (name.startsWith('policy.')) errors[name] = `话术引用的政策 ${name.slice(7)} 不存在，请联系内容组`;
  }
  const blocking = [
    ...fields.filter((f) => errors[f.name]).map((f) => f.label),
    ...missing.filter((n) => n.startsWith('policy.')).map((n) => `政策 ${n.slice(7)}`),
  ];
  const ok = blocking.length === 0 && !RAW_PLACEHOLDER_RE.test(text);
  return {text, segments, fields, errors, blocking, ok};
}

/**
 * The segments with the typography rule's spaces put in as text, so the preview reads
 * exactly as the copied text: `订单` + `2026…` + `的物流` shows `订单 2026… 的物流`.
 * A missing placeholder counts as its `{name}` (it is never copied anyway).
 */
export function spaceSegments(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let text = '';
  for (const s of segments) {
    const piece = s.kind === 'missing' ? `{${s.name}}` : s.value;
    const joined = joinSpaced(text, piece);
    if (joined.length > text.length + piece.length) out.push({kind: 'text', value: ' '});
    out.push(s);
    text = joined;
  }
  return out;
}

/** The text a preview shows when every field is filled: what the segments read as. */
export const segmentsText = (segments: readonly Segment[]): string => segments.map((s) => (s.kind === 'missing' ? `{${s.name}}` : s.value)).join('');

/**
 * For copying without a form (the site search): fill only what the profile knows.
 * Returns the text when nothing else is needed, otherwise the labels still to fill.
 */
export function fillFromProfile(
  template: string,
  placeholders: Readonly<Record<string, Placeholder>>,
  profile: Profile,
  rules: FieldRules,
): {ok: true; text: string} | {ok: false; needs: string[]} {
  const result = fillTemplate(template, {placeholders, profile, values: {}, rules});
  return result.ok ? {ok: true, text: result.text} : {ok: false, needs: result.blocking};
}

/** Join reply parts (greeting, answer, closing) into one template; fields are then filled once. */
export function composeTemplates(parts: readonly string[], separator = '\n'): string {
  return parts.map((p) => p.trim()).filter(Boolean).join(separator);
}

/** Counted the way chat tools count: characters, not UTF-16 units. */
export const charCount = (text: string) => [...text].length;
