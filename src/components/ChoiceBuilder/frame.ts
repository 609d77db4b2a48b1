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

export function findFrame(phrases: readonly PhraseView[], id?: string): PhraseView | undefined {
  if (id) return phrases.find((p) => p.id === id);
  return phrases.find((p) => 'option_a' in p.placeholders && 'option_b' in p.placeholders);
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
