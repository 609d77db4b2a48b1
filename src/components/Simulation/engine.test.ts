import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from '../../core/load';
import {allPaths, choose, currentTurnId, displayOrder, END, factsFromDisplay, isFinished, longestOption, nextTurnId, playWith, renderScenario, replyLength, scoreRun} from './engine';
import {FIXTURE} from './fixture';

const BEST = 0;
const TEMPLATE = 1;

describe('branching', () => {
  it('follows `next`, else the turn written after, else the end', () => {
    expect(nextTurnId(FIXTURE, 'first', BEST)).toBe('last');
    expect(nextTurnId(FIXTURE, 'first', TEMPLATE)).toBe('angry');
    expect(nextTurnId(FIXTURE, 'angry', 0)).toBe('last');
    expect(nextTurnId(FIXTURE, 'last', 0)).toBe(END);
  });

  it('a poor first reply leads to the angrier turn, the best one skips it', () => {
    expect(currentTurnId(FIXTURE, choose(FIXTURE, [], TEMPLATE))).toBe('angry');
    expect(currentTurnId(FIXTURE, choose(FIXTURE, [], BEST))).toBe('last');
  });

  it('ends after the last turn and refuses further picks', () => {
    let picks = choose(FIXTURE, [], BEST);
    expect(isFinished(FIXTURE, picks)).toBe(false);
    picks = choose(FIXTURE, picks, 0);
    expect(isFinished(FIXTURE, picks)).toBe(true);
    expect(() => choose(FIXTURE, picks, 0)).toThrow(/已经结束/);
  });

  it('rejects an option that does not exist and picks that do not match the conversation', () => {
    expect(() => choose(FIXTURE, [], 7)).toThrow(/没有第 8 个选项/);
    expect(() => currentTurnId(FIXTURE, [{turn: 'last', option: 0}])).toThrow(/不一致/);
  });

  it('lists every way through the conversation', () => {
    expect(allPaths(FIXTURE)).toEqual([
      ['first', 'last'],
      ['first', 'angry', 'last'],
    ]);
  });
});

describe('scoring', () => {
  it('scores 100 when every reply follows the SOP', () => {
    const picks = choose(FIXTURE, choose(FIXTURE, [], BEST), 0);
    expect(scoreRun(FIXTURE, picks)).toMatchObject({answered: 2, correct: 2, score: 100, mistakes: []});
  });

  it('counts the extra turn a poor reply causes and reviews each mistake with the better reply', () => {
    let picks = choose(FIXTURE, [], TEMPLATE);
    picks = choose(FIXTURE, picks, 2); // over-promise on the angry turn
    picks = choose(FIXTURE, picks, 0);
    const result = scoreRun(FIXTURE, picks);
    expect(result).toMatchObject({answered: 3, correct: 1, score: 33});
    expect(result.mistakes.map((m) => [m.turn.id, m.mistake, m.label, m.best.reply])).toEqual([
      ['first', 'template_empathy', '模板化共情', '让您久等了，我马上查。'],
      ['angry', 'over_promise', '过度承诺', '抱歉，订单我正在查，1 分钟内回复。'],
    ]);
  });

  it('scores 0 with no answers', () => {
    expect(scoreRun(FIXTURE, []).score).toBe(0);
  });
});

describe('policy facts', () => {
  it('renders {policy.id} in every text, spaced like the rest of the site', () => {
    const s = {...FIXTURE, situation: '超过{policy.ship_within_hours}没发货', turns: FIXTURE.turns.map((t, i) => (i ? t : {...t, customer: '等了{policy.ship_within_hours}！'}))};
    const out = renderScenario(s, factsFromDisplay({ship_within_hours: {display: '48 小时'}}));
    expect(out.situation).toBe('超过 48 小时没发货');
    expect(out.turns[0]!.customer).toBe('等了 48 小时！');
    expect(out.turns[1]).toEqual(FIXTURE.turns[1]);
  });

  it('leaves the list view (turns as a count) intact', () => {
    const {turns: _, ...rest} = FIXTURE;
    expect(renderScenario({...rest, turns: 3}, {}).turns).toBe(3);
  });
});

describe('display order', () => {
  it('is a stable permutation per scenario and turn', () => {
    const a = displayOrder('peak-queue', 'where', 4);
    expect([...a].sort()).toEqual([0, 1, 2, 3]);
    expect(displayOrder('peak-queue', 'where', 4)).toEqual(a);
  });

  it('spreads the best reply over the positions across the real scenarios', () => {
    const {content} = loadContent(path.resolve(__dirname, '../../..'));
    const positions = content.scenarios.flatMap((s) =>
      s.turns.map((t) => displayOrder(s.id, t.id, t.options.length).indexOf(t.options.findIndex((o) => o.best))),
    );
    const share = (p: number) => positions.filter((x) => x === p).length / positions.length;
    for (const p of [0, 1, 2]) expect(share(p)).toBeGreaterThan(0.15);
    expect(share(0)).toBeLessThan(0.45);
  });
});

describe('strategies', () => {
  it('playWith follows the branches the strategy picks', () => {
    const picks = playWith(FIXTURE, () => 0);
    expect(picks.map((p) => p.turn)).toEqual(['first', 'last']);
    expect(scoreRun(FIXTURE, picks).score).toBe(100);
    const poor = playWith(FIXTURE, (t) => (t.id === 'first' ? TEMPLATE : 0));
    expect(poor.map((p) => p.turn)).toEqual(['first', 'angry', 'last']);
  });

  it('longestOption picks the longest reply', () => {
    const first = FIXTURE.turns[0]!;
    const lengths = first.options.map(replyLength);
    expect(lengths[longestOption(first)]).toBe(Math.max(...lengths));
  });
});
