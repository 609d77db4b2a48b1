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

/**
 * A worked three-step reply cut into its steps: the cause starts at the clause with 因为 /
 * 由于, the solution at the next clause that starts with what we do (我们, 已, 我会…).
 * Returns null when the text does not read that way.
 */
export function splitThreeStep(text: string): [string, string, string] | null {
  const clauses = text.split(/(?<=[，。！？；,!?;])/u).filter((c) => c.trim());
  const cause = clauses.findIndex((c) => /因为|由于/.test(c));
  if (cause <= 0) return null;
  const solution = clauses.findIndex((c, i) => i > cause && /^(我们|我已|我会|我马上|已经|已为|现在)/.test(c.trim()));
  if (solution < 0) return null;
  const part = (from: number, to?: number) => clauses.slice(from, to).join('').trim();
  const lead = (t: string) => t.replace(/[，。；,;]+$/u, '');
  return [lead(part(0, cause)), lead(part(cause, solution)), part(solution)];
}

/** The tag that marks whole worked examples, which are split into their steps. */
export const WORKED_EXAMPLE_TAG = '三段式';

/** The scenario the soothing phrases belong to. */
export const SOOTHING_SCENARIO = 'soothing';

/**
 * Options for each step, in the tone asked for: the steps of the worked examples tagged
 * 三段式, then the 情绪安抚 phrases tagged with the step's name (情绪认同, 原因归因, 解决方案).
 */
export function stepOptions(phrases: readonly PhraseView[], sel: Selection): StepOption[][] {
  const out: StepOption[][] = SOOTHING_STEPS.map(() => []);
  const add = (i: number, option: StepOption) => {
    if (!out[i]!.some((o) => o.text === option.text)) out[i]!.push(option);
  };
  for (const p of phrases.filter((x) => x.tags.includes(WORKED_EXAMPLE_TAG))) {
    splitThreeStep(p.variants[chooseVariant(p, sel)]!.text)?.forEach((text, i) => add(i, {id: `${p.id}#${i + 1}`, title: p.title, text, placeholders: p.placeholders}));
  }
  SOOTHING_STEPS.forEach((step, i) => {
    for (const p of phrases.filter((x) => x.scenario === SOOTHING_SCENARIO && x.tags.includes(step.tag))) {
      add(i, {id: p.id, title: p.title, text: p.variants[chooseVariant(p, sel)]!.text, placeholders: p.placeholders});
    }
  });
  return out;
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
