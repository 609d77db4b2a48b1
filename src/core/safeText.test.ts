import {describe, expect, it} from 'vitest';
import {cleanText, encodeParam, FIELD_MAX} from './safeText';

describe('cleanText', () => {
  it('replaces lone surrogates so the result can be URI-encoded', () => {
    const high = '订单\uD83D';
    const low = '\uDE00退款';
    expect(() => encodeURIComponent(high)).toThrow(URIError);
    expect(cleanText(high)).toBe('订单\uFFFD');
    expect(cleanText(low)).toBe('\uFFFD退款');
    expect(() => encodeURIComponent(cleanText(high + low.slice(1)))).not.toThrow();
  });

  it('keeps whole emoji and CJK untouched', () => {
    expect(cleanText('好评😀谢谢')).toBe('好评😀谢谢');
  });

  it('drops control characters and folds line breaks in single-line fields', () => {
    expect(cleanText('20\u0000261\u001b124\u007f')).toBe('20261124');
    expect(cleanText('杭州市\r\n西湖区\t文三路')).toBe('杭州市 西湖区 文三路');
    expect(cleanText('第一行\n第二行', {multiline: true})).toBe('第一行\n第二行');
  });

  it('caps huge pastes by characters without splitting an emoji', () => {
    const huge = '退'.repeat(1_000_000);
    expect([...cleanText(huge)].length).toBe(FIELD_MAX);
    const emoji = '😀'.repeat(10);
    expect(cleanText(emoji, {max: 3})).toBe('😀😀😀');
  });

  it('encodes any input as a URL parameter', () => {
    expect(encodeParam('退款\uD800')).toBe(encodeURIComponent('退款\uFFFD'));
    expect(decodeURIComponent(encodeParam('a'.repeat(500)))).toHaveLength(100);
  });
});
