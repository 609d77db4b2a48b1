/**
 * 可选择性 (方案确认): offer the customer two concrete options. The sentence around them is
 * a phrase whose variants use {option_a} and {option_b}; without one in the data, the
 * seed's own wording is used.
 */
import type {Placeholder} from '../../core/schema';
import type {PhraseView} from '../../core/views';
import {findNegatives} from '../WordingTrainer/negatives';

export const OPTION_PLACEHOLDERS: Record<'option_a' | 'option_b', Placeholder> = {
  option_a: {type: 'text', label: '方案A', example: '免费更换新商品'},
  option_b: {type: 'text', label: '方案B', example: '全额退款+10%补偿券'},
};

export const DEFAULT_FRAME = '针对这个问题，您可以选择方案A：{option_a}；也可以选择方案B：{option_b}，您更倾向哪种呢？';

/** A sentence that offers 方案 A：… ；… 方案 B：… , with the two options cut out as placeholders. */
const AB_RE = /(方案\s*A\s*[:：]\s*)([^；;]+?)(\s*[；;].*?方案\s*B\s*[:：]\s*)(.+?)([，,。；;]\s*(?:您|请|看)|[？?]|$)/u;

export interface Frame {
  tone: PhraseView['variants'][number]['tone'];
  template: string;
  placeholders: Record<string, Placeholder>;
}

/** A data phrase's variant as a frame: its own options become the fields' examples. */
export function frameFromText(text: string, tone: Frame['tone'], declared: PhraseView['placeholders'] = {}): Frame | null {
  if (text.includes('{option_a}') && text.includes('{option_b}')) return {tone, template: text, placeholders: {...OPTION_PLACEHOLDERS, ...declared}};
  const m = AB_RE.exec(text);
  if (!m) return null;
  const [whole, a1, a, mid, b, end] = m;
  const template = text.slice(0, m.index) + a1 + '{option_a}' + mid + '{option_b}' + end + text.slice(m.index + whole.length);
  return {
    tone,
    template,
    placeholders: {
      ...declared,
      option_a: {...OPTION_PLACEHOLDERS.option_a, example: a!.trim()},
      option_b: {...OPTION_PLACEHOLDERS.option_b, example: b!.trim()},
    },
  };
}

/**
 * The frames to offer, one per tone: from the phrase named by id, else from the phrases
 * tagged 方案选择 whose text offers 方案 A / 方案 B; the seed's wording when none does.
 */
export function findFrames(phrases: readonly PhraseView[], id?: string): Frame[] {
  const candidates = id ? phrases.filter((p) => p.id === id) : phrases.filter((p) => p.tags.includes('方案选择') || ('option_a' in p.placeholders && 'option_b' in p.placeholders));
  const frames: Frame[] = [];
  for (const p of candidates) {
    for (const v of p.variants) {
      if (frames.some((f) => f.tone === v.tone)) continue;
      const f = frameFromText(v.text, v.tone, p.placeholders);
      if (f) frames.push(f);
    }
    if (frames.length) break;
  }
  return frames.length ? frames : [{tone: '亲切', template: DEFAULT_FRAME, placeholders: {...OPTION_PLACEHOLDERS}}];
}

export const MAX_OPTION_CHARS = 30;

/** Coaching on the two options: distinct, short, positive. */
export function optionAdvice(a: string, b: string): string[] {
  const out: string[] = [];
  const [x, y] = [a.trim(), b.trim()];
  if (x && y && x === y) out.push('两个方案一模一样，客户等于没得选：换一个真正不同的方案。');
  for (const [label, v] of [['方案A', x], ['方案B', y]] as const) {
    if ([...v].length > MAX_OPTION_CHARS) out.push(`${label}超过 ${MAX_OPTION_CHARS} 字：一个方案用一句话说清，细节等客户选了再讲。`);
    const neg = findNegatives(v);
    if (neg.length) out.push(`${label}里有“${neg[0]!.word}”：方案要说能做什么。`);
  }
  return out;
}
