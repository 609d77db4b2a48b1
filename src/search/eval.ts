/**
 * Evaluation that cannot be fitted: leave-one-out over the content's own customer
 * phrasings. For every Q&A entry with at least two phrasings (question + alternates), one
 * phrasing is taken out of the content, the index is built without it (so it is in no
 * title, alternate, bridge, lexicon or term statistic) and the phrasing is searched; the
 * entry must come back. Phrases' situations are held out the same way. To keep the number
 * of index builds small, fold i holds out the i-th phrasing of every entry at once: each
 * query still meets an index that never saw it (and a slightly poorer one than true LOO).
 * Used by `eval.test.ts`, `kb search --eval` and the benchmark.
 */
import type {KbContent} from '../core/load';
import type {SearchEngine} from './engine';
import {isExpected} from './relevance';

export type LooKind = 'qa' | 'situation';
export interface LooCase {
  q: string;
  /** `qa:<id>` or `phrase:<id>`. */
  expect: string;
  kind: LooKind;
}
export interface LooFold {
  /** The content without this fold's phrasings. */
  content: KbContent;
  cases: LooCase[];
}

/** The folds: content with held-out phrasings removed, and the held-out phrasings as queries. */
export function leaveOneOutFolds(c: KbContent): LooFold[] {
  const phrasingCounts = c.qa.map((q) => (q.alternates.length ? 1 + q.alternates.length : 0));
  const situationCounts = c.phrases.map((p) => (p.situations ?? []).length);
  const folds = Math.max(0, ...phrasingCounts, ...situationCounts);
  return Array.from({length: folds}, (_, i): LooFold => {
    const cases: LooCase[] = [];
    const qa = c.qa.map((q) => {
      const all = [q.question, ...q.alternates];
      if (all.length < 2 || i >= all.length) return q;
      cases.push({q: all[i]!, expect: `qa:${q.id}`, kind: 'qa'});
      const rest = all.filter((_, j) => j !== i);
      return {...q, question: rest[0]!, alternates: rest.slice(1)};
    });
    const phrases = c.phrases.map((p) => {
      const situations = p.situations ?? [];
      if (i >= situations.length) return p;
      cases.push({q: situations[i]!, expect: `phrase:${p.id}`, kind: 'situation'});
      return {...p, situations: situations.filter((_, j) => j !== i)};
    });
    return {content: {...c, qa, phrases}, cases};
  }).filter((f) => f.cases.length);
}

export interface HitStats {
  n: number;
  hit1: number;
  hit5: number;
  misses: {q: string; expect: string; got: string[]}[];
}

export const emptyStats = (): HitStats => ({n: 0, hit1: 0, hit5: 0, misses: []});

/** Rank of the first expected result in the top five, or -1. */
export async function rankOf(engine: SearchEngine, q: string, hit: (url: string) => boolean): Promise<{rank: number; got: string[]}> {
  const {results} = await engine.search(q, {limit: 5});
  return {rank: results.findIndex((r) => hit(r.url)), got: results.map((r) => r.url)};
}

export function record(stats: HitStats, q: string, expect: string, {rank, got}: {rank: number; got: string[]}): void {
  stats.n++;
  if (rank === 0) stats.hit1++;
  if (rank >= 0) stats.hit5++;
  else stats.misses.push({q, expect, got});
}

/** Leave-one-out hit@1/hit@5 per kind; `engineFor` builds an engine over a fold's content. */
export async function runLeaveOneOut(
  content: KbContent,
  engineFor: (content: KbContent) => SearchEngine,
): Promise<Record<LooKind, HitStats>> {
  const out: Record<LooKind, HitStats> = {qa: emptyStats(), situation: emptyStats()};
  for (const fold of leaveOneOutFolds(content)) {
    const engine = engineFor(fold.content);
    for (const item of fold.cases) record(out[item.kind], item.q, item.expect, await rankOf(engine, item.q, (url) => isExpected(url, item.expect)));
  }
  return out;
}

export const ratio = (hits: number, n: number) => (n ? hits / n : 0);
