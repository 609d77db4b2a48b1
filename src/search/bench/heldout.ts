/**
 * Held-out phrasings for comparing engines that cannot be rebuilt per query (easyops is
 * a whole Docusaurus build): one customer phrasing per Q&A entry with at least two, and
 * one situation per phrase with at least two, withheld from the content all at once.
 * Every engine indexes the same reduced content and is asked the withheld phrasings.
 */
import type {KbContent} from '../../core/load';

export interface EvalCase {
  q: string;
  /** `qa:<id>` or `phrase:<id>`. */
  expect: string;
}

export function heldOutSplit(content: KbContent): {content: KbContent; cases: EvalCase[]} {
  const cases: EvalCase[] = [];
  const qa = content.qa.map((q) => {
    if (q.alternates.length < 1) return q;
    // The last alternate: usually the most colloquial way a customer asks.
    const held = q.alternates[q.alternates.length - 1]!;
    cases.push({q: held, expect: `qa:${q.id}`});
    return {...q, alternates: q.alternates.slice(0, -1)};
  });
  const phrases = content.phrases.map((p) => {
    if (p.situations.length < 2) return p;
    const held = p.situations[p.situations.length - 1]!;
    cases.push({q: held, expect: `phrase:${p.id}`});
    return {...p, situations: p.situations.slice(0, -1)};
  });
  return {content: {...content, qa, phrases}, cases};
}
