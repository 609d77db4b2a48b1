import {describe, expect, it} from 'vitest';
import type {PhraseView} from '../core/views';
import {channelsOf, chooseVariant, filterPhrases, filtersFromQuery, filtersToQuery, EMPTY_FILTERS, isExactMatch, matchScore, phraseLink, selectionFromQuery, withParams} from './phraseState';

const phrase = (id: string, variants: PhraseView['variants'], extra: Partial<PhraseView> = {}): PhraseView => ({
  id,
  title: id,
  stage: 'handle',
  tags: [],
  placeholders: {},
  situations: [],
  variants,
  url: `/phrases/${id}`,
  policies: [],
  ...extra,
});

const greeting = phrase('greeting', [
  {tone: '亲切', channel: '在线聊天', text: 'a'},
  {tone: '专业', channel: '在线聊天', text: 'b'},
  {tone: '专业', channel: '电话', text: 'c'},
  {tone: '亲切', text: 'd'},
]);

describe('chooseVariant', () => {
  it('prefers the exact tone and channel, then the same tone for every channel', () => {
    expect(chooseVariant(greeting, {tone: '亲切', channel: '在线聊天'})).toBe(0);
    expect(chooseVariant(greeting, {tone: '专业', channel: '电话'})).toBe(2);
    expect(chooseVariant(greeting, {tone: '亲切', channel: '短信'})).toBe(3);
    expect(isExactMatch(greeting.variants[3]!, {tone: '亲切', channel: '短信'})).toBe(true);
  });

  it('falls back to the same tone on another channel, then to the channel', () => {
    expect(chooseVariant(greeting, {tone: '专业', channel: '短信'})).toBe(1);
    expect(chooseVariant(greeting, {tone: '简洁', channel: '电话'})).toBe(2);
    expect(chooseVariant(greeting, {})).toBe(3);
  });

  it('offers every channel when a variant is written for all of them', () => {
    expect(channelsOf(greeting)).toEqual(['在线聊天', '电话', '短信']);
    expect(channelsOf(phrase('x', [{tone: '专业', channel: '电话', text: 'x'}]))).toEqual(['电话']);
  });
});

describe('URL state', () => {
  it('reads a chosen variant and ignores unknown values', () => {
    expect(selectionFromQuery('?tone=%E4%BA%B2%E5%88%87&channel=%E5%9C%A8%E7%BA%BF%E8%81%8A%E5%A4%A9')).toEqual({tone: '亲切', channel: '在线聊天'});
    expect(selectionFromQuery('?tone=loud&channel=fax')).toEqual({});
  });

  it('round-trips the library filters and drops empty ones', () => {
    const f = {...EMPTY_FILTERS, q: '物流 延误', stage: 'handle', tone: '亲切' as const, favourites: true, open: 'x'};
    const query = filtersToQuery(f);
    expect(filtersFromQuery(query)).toEqual({...f, channel: undefined, category: undefined, tag: undefined});
    expect(filtersToQuery(EMPTY_FILTERS)).toBe('');
    expect(withParams('?a=1&b=2', {b: null, c: '3'})).toBe('?a=1&c=3');
  });

  it('builds the deep link a team lead sends', () => {
    expect(decodeURIComponent(phraseLink(greeting, {tone: '亲切', channel: '在线聊天'}))).toBe('/phrases/greeting?tone=亲切&channel=在线聊天');
  });
});

describe('the library filter', () => {
  const list = [
    greeting,
    phrase('delay', [{tone: '亲切', text: '您的包裹{order_no}因天气延误'}], {title: '物流延误', tags: ['物流'], category: 'logistics'}),
    phrase('thanks', [{tone: '专业', channel: '电话', text: '感谢来电'}], {stage: 'close'}),
  ];

  it('needs every term, ranks title hits first, and never matches inside a placeholder name', () => {
    expect(filterPhrases(list, {...EMPTY_FILTERS, q: '延误 天气'}).map((p) => p.id)).toEqual(['delay']);
    expect(filterPhrases(list, {...EMPTY_FILTERS, q: 'order'}).map((p) => p.id)).toEqual([]);
    expect(matchScore(list[1]!, '物流')).toBeGreaterThan(matchScore(list[1]!, '天气'));
  });

  it('combines stage, tone, channel and favourites', () => {
    expect(filterPhrases(list, {...EMPTY_FILTERS, stage: 'close'}).map((p) => p.id)).toEqual(['thanks']);
    expect(filterPhrases(list, {...EMPTY_FILTERS, tone: '亲切', channel: '电话'}).map((p) => p.id)).toEqual(['greeting', 'delay']);
    expect(filterPhrases(list, {...EMPTY_FILTERS, favourites: true}, {favourites: ['thanks']}).map((p) => p.id)).toEqual(['thanks']);
  });
});
