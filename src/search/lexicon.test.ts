import {describe, expect, it} from 'vitest';
import {encodeLexicon, parseLexicon, segmentRun} from './lexicon';

/** Frequency classes as the build gives them (log2 of the count). */
const lex = parseLexicon(
  encodeLexicon(
    new Map([
      ['退货', 13], ['货运', 10], ['货运费', 6], ['运费', 12], ['包裹', 12], ['路上', 12],
      ['还没到', 12], ['还没', 14], ['上门取件', 12], ['上门', 13], ['发货', 13], ['给我发', 1],
    ]),
  ),
);

describe('the query lexicon', () => {
  it('round-trips through its compact form, with frequency classes', () => {
    const text = encodeLexicon(new Map([['退货', 13], ['退款', 12], ['包裹', 10]]));
    expect(text).toBe('包裹a|退款c,货d');
    const back = parseLexicon(text);
    expect(back.has('退货')).toBe(true);
    expect(back.has('退换')).toBe(false);
    expect(back.has('退')).toBe(false);
    expect(back.weight('退货')).toBe(13);
    expect(back.weight('退换')).toBe(0);
  });
  it('keeps words whole and leaves unknown characters single', () => {
    expect(segmentRun('包裹一周了还在路上', lex)).toEqual(['包裹', '一', '周', '了', '还', '在', '路上']);
  });
  it('takes the likeliest path, as jieba does (退货/运费, not 退/货运费; 给/我/发货, not 给我发/货)', () => {
    expect(segmentRun('退货运费', lex)).toEqual(['退货', '运费']);
    expect(segmentRun('给我发货', lex)).toEqual(['给', '我', '发货']);
    expect(segmentRun('快递还没到', lex)).toEqual(['快', '递', '还没到']);
    expect(segmentRun('上门取件', lex)).toEqual(['上门取件']);
  });
  it('handles an empty lexicon and an empty run', () => {
    expect(segmentRun('退货', parseLexicon(''))).toEqual(['退', '货']);
    expect(segmentRun('', lex)).toEqual([]);
  });
});
