/**
 * The seed's three-step soothing (客户情绪安抚): 情绪认同 → 原因归因 → 解决方案. Each step's
 * ready-made options are the phrases tagged with the step's name; the builder joins the
 * three into one sentence.
 */
import type {PhraseView} from '../../core/views';
import {chooseVariant, type Selection} from '../../client/phraseState';

export const SOOTHING_STEPS = [
  {tag: '情绪认同', hint: '说出客户此刻的具体感受，不用“我理解您的心情”这类套话', example: '我能感受到您现在的着急'},
  {tag: '原因归因', hint: '说明这种感受从哪来：是什么情况影响了客户', example: '因为快递延误确实会影响您的使用计划'},
  {tag: '解决方案', hint: '说清已经做了什么、接下来做什么、什么时候有结果', example: '我们已经联系快递方升级为加急件，预计今天傍晚就能送达，我会持续跟进并第一时间告知您'},
] as const;

export type StepTag = (typeof SOOTHING_STEPS)[number]['tag'];

/** Template empathy the seed warns against. */
export const STOCK_EMPATHY = ['我理解您的心情', '理解您的心情', '我能理解您的感受'];

export interface StepOption {
  id: string;
  title: string;
  text: string;
  placeholders: PhraseView['placeholders'];
}

export function stepOptions(phrases: readonly PhraseView[], tag: string, sel: Selection): StepOption[] {
  return phrases
    .filter((p) => p.tags.includes(tag))
    .map((p) => ({id: p.id, title: p.title, text: p.variants[chooseVariant(p, sel)]!.text, placeholders: p.placeholders}));
}

const TRAIL = /[，。！？～、,.!?~\s]+$/u;

/** 情绪认同，原因归因，解决方案。 as one sentence: inner endings become commas, the last keeps its own. */
export function joinSoothing(parts: readonly string[]): string {
  const clean = parts.map((p) => p.trim()).filter(Boolean);
  if (!clean.length) return '';
  const head = clean.slice(0, -1).map((p) => p.replace(TRAIL, ''));
  const last = clean[clean.length - 1]!;
  const joined = [...head, last].join('，');
  return /[。！？～!?~]$/u.test(joined) ? joined : `${joined}。`;
}

export function stockEmpathy(text: string): string | null {
  return STOCK_EMPATHY.find((s) => text.includes(s)) ?? null;
}
