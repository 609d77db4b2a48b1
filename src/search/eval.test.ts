import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildFromContent, loadValidContent, memoryEngine} from './node';
import {leaveOneOutFolds, rankOf, ratio, runLeaveOneOut} from './eval';
import {isHeldoutHit} from './heldout';
import {WRITTEN_SETS} from './heldout-sets';

const ROOT = path.resolve(__dirname, '../..');
const content = loadValidContent(ROOT);

/**
 * Situations written as agents describe them, for a few phrases: a fixture, so the
 * situation leave-one-out is exercised whatever data/phrases holds today.
 */
const SITUATIONS: Record<string, string[]> = {
  'difficult-abusive': ['客户骂人', '客户说脏话', '客户言辞激烈'],
  'escalation-customer-asks-supervisor': ['客户要找领导', '客户要求主管来处理', '客户说要找你们经理'],
  'idle-close': ['客户不回消息', '客户很久没回复', '客户聊到一半不说话了'],
};
const withSituations = {
  ...content,
  phrases: content.phrases.map((p) => (SITUATIONS[p.id] ? {...p, situations: SITUATIONS[p.id]!} : p)),
};

describe('leave-one-out folds', () => {
  it('hold out each phrasing once, and remove it from the content the fold is indexed with', () => {
    const folds = leaveOneOutFolds(withSituations);
    const expected = content.qa.filter((q) => q.alternates.length >= 1).reduce((n, q) => n + 1 + q.alternates.length, 0);
    expect(folds.flatMap((f) => f.cases.filter((c) => c.kind === 'qa'))).toHaveLength(expected);
    expect(folds.flatMap((f) => f.cases.filter((c) => c.kind === 'situation'))).toHaveLength(
      withSituations.phrases.reduce((n, p) => n + (p.situations ?? []).length, 0),
    );
    for (const fold of folds) {
      for (const item of fold.cases) {
        const id = item.expect.split(':')[1];
        if (item.kind === 'qa') {
          const q = fold.content.qa.find((x) => x.id === id)!;
          expect([q.question, ...q.alternates]).not.toContain(item.q);
        } else {
          expect(fold.content.phrases.find((x) => x.id === id)!.situations).not.toContain(item.q);
        }
      }
    }
  });
});

describe('leave-one-out on the real content', () => {
  it(
    'finds the entry from a customer phrasing the index has never seen, and a phrase from an unseen situation',
    async () => {
      const result = await runLeaveOneOut(withSituations, (c) => memoryEngine(buildFromContent(ROOT, c)));
      const qa = {n: result.qa.n, hit1: ratio(result.qa.hit1, result.qa.n), hit5: ratio(result.qa.hit5, result.qa.n)};
      const situation = {n: result.situation.n, hit1: ratio(result.situation.hit1, result.situation.n), hit5: ratio(result.situation.hit5, result.situation.n)};
      // The misses are in the message so that a failing run says which phrasings to look at.
      const detail = JSON.stringify(result.qa.misses.slice(0, 20), null, 1);
      // Issue 9's target is 0.90. Today 0.913 / 0.760 over 3,258 phrasings (about twenty-four an
      // entry); the floor is today's level less a small margin for content edits.
      expect(qa.hit5, detail).toBeGreaterThanOrEqual(0.9);
      expect(qa.hit1, detail).toBeGreaterThanOrEqual(0.745);
      // Situations: 0.890 / 0.540 over the 3,582 written for the phrases (target 0.90, not reached).
      const sdetail = JSON.stringify(result.situation.misses.slice(0, 20), null, 1);
      expect(situation.hit5, sdetail).toBeGreaterThanOrEqual(0.88);
      expect(situation.hit1, sdetail).toBeGreaterThanOrEqual(0.535);
    },
    240_000,
  );
});

describe('held-out sets written without sight of the engine', () => {
  // One index of today's content for both tests (built when the first one runs).
  let built: ReturnType<typeof memoryEngine> | undefined;
  const engineOf = () => (built ??= memoryEngine(buildFromContent(ROOT, content)));

  it('finds a fitting entry for customers\' messages and agents\' descriptions (760 queries, seven writers)', async () => {
    const engine = engineOf();
    let n = 0;
    let hit1 = 0;
    let hit5 = 0;
    const misses: string[] = [];
    for (const cases of Object.values(WRITTEN_SETS)) {
      for (const c of cases) {
        const {rank} = await rankOf(engine, c.q, (url) => isHeldoutHit(url, c.expect));
        n++;
        if (rank === 0) hit1++;
        if (rank >= 0) hit5++;
        else misses.push(c.q);
      }
    }
    // Today 0.982 / 0.892 with the blind sets 七 and 八 (issue 9 asks 0.95 / 0.85 of a set kept
    // outside the project): a floor against regressions, not a target.
    expect(hit5 / n, misses.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(hit1 / n).toBeGreaterThanOrEqual(0.875);
  }, 60_000);

  it('shows the same first results whatever the limit, up to the dialog\'s 8 (the command line shows 8 too)', async () => {
    const engine = engineOf();
    // The first `n` urls of a search for `limit` results.
    const head = async (q: string, limit: number, n = limit) => (await engine.search(q, {limit})).results.slice(0, n).map((r) => r.url).join(' ');
    const differ: string[] = [];
    for (const c of Object.values(WRITTEN_SETS).flat()) {
      const five = await head(c.q, 5);
      if ((await head(c.q, 1)) !== five.split(' ')[0]) differ.push(`${c.q} (1)`);
      if ((await head(c.q, 8, 5)) !== five) differ.push(`${c.q} (8)`);
    }
    expect(differ).toEqual([]);
  }, 60_000);
});
