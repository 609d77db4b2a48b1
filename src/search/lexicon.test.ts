import {describe, expect, it} from 'vitest';
import {encodeLexicon, parseLexicon, segmentRun} from './lexicon';

const lex = parseLexicon(encodeLexicon(['退货', '货运', '货运费', '运费', '包裹', '路上', '还没到', '还没', '上门取件', '上门']));

describe('the query lexicon', () => {
  it('round-trips through its compact form', () => {
    const text = encodeLexicon(['退货', '退款', '包裹']);
    expect(text).toBe('包裹|退款,货');
    const back = parseLexicon(text);
    expect(back.has('退货')).toBe(true);
    expect(back.has('退换')).toBe(false);
    expect(back.has('退')).toBe(false);
  });
  it('keeps words whole and leaves unknown characters single', () => {
    expect(segmentRun('包裹一周了还在路上', lex)).toEqual(['包裹', '一', '周', '了', '还', '在', '路上']);
  });
  it('prefers fewer pieces, then even lengths (退货/运费, not 退/货运费)', () => {
    expect(segmentRun('退货运费', lex)).toEqual(['退货', '运费']);
    expect(segmentRun('快递还没到', lex)).toEqual(['快', '递', '还没到']);
    expect(segmentRun('上门取件', lex)).toEqual(['上门取件']);
  });
  it('handles an empty lexicon and an empty run', () => {
    expect(segmentRun('退货', parseLexicon(''))).toEqual(['退', '货']);
    expect(segmentRun('', lex)).toEqual([]);
  });
});
