import {describe, expect, it} from 'vitest';
import type {PhraseView} from '../core/views';
import {channelsOf, chooseVariant, fallbackNote, selectionFor, filterPhrases, filtersFromQuery, filtersToQuery, EMPTY_FILTERS, isExactMatch, phraseLink, selectionFromQuery, withParams} from './phraseState';

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
    expect(isExactMatch(greeting, greeting.variants[3]!, {tone: '亲切', channel: '短信'})).toBe(true);
  });

  it('keeps to the channel before the tone: another tone that suits it, never a text for another channel', () => {
    // 专业 has no version for SMS; the one written for every channel suits SMS.
    expect(chooseVariant(greeting, {tone: '专业', channel: '短信'})).toBe(3);
    expect(chooseVariant(greeting, {tone: '简洁', channel: '电话'})).toBe(2);
    expect(chooseVariant(greeting, {})).toBe(3);
  });

  // Modelled on order-ship-delay-apology: general texts in three tones, SMS only in 简洁.
  const delay = phrase('delay', [
    {tone: '亲切', text: '亲切通用'},
    {tone: '专业', text: '专业通用，比一条短信长得多的正式说明'},
    {tone: '简洁', text: '简洁通用'},
    {tone: '简洁', channel: '短信', text: '短信'},
  ]);

  it('does not give the general text for SMS when editors wrote an SMS version', () => {
    expect(chooseVariant(delay, {tone: '专业', channel: '短信'})).toBe(3);
    expect(isExactMatch(delay, delay.variants[1]!, {tone: '专业', channel: '短信'})).toBe(false);
    expect(chooseVariant(delay, {tone: '简洁', channel: '短信'})).toBe(3);
    expect(chooseVariant(delay, {tone: '专业', channel: '在线聊天'})).toBe(1);
  });

  it('can always reach a general variant: its selection moves off a channel that has its own texts', () => {
    const sel = selectionFor(delay, delay.variants[1]!, {tone: '简洁', channel: '短信'});
    expect(sel).toEqual({tone: '专业', channel: '在线聊天'});
    expect(chooseVariant(delay, sel)).toBe(1);
    expect(selectionFor(delay, delay.variants[3]!, {tone: '专业', channel: '电话'})).toEqual({tone: '简洁', channel: '短信'});
    expect(selectionFor(greeting, greeting.variants[3]!, {tone: '专业', channel: '短信'})).toEqual({tone: '亲切', channel: '短信'});
  });

  it('says which combination is missing and which exist', () => {
    expect(fallbackNote(delay, {tone: '专业', channel: '短信'})).toBe('没有“专业 · 短信”的版本：短信只有“简洁”语气的版本，下面是“简洁 · 短信”。');
    expect(fallbackNote(delay, {tone: '简洁', channel: '短信'})).toBeNull();
    expect(fallbackNote(delay, {tone: '亲切', channel: '电话'})).toBeNull();
    const phoneOnly = phrase('p', [{tone: '专业', channel: '电话', text: 'x'}]);
    expect(fallbackNote(phoneOnly, {tone: '专业', channel: '短信'})).toBe('没有“专业 · 短信”的版本：这条话术没有适合短信的版本，下面是“专业 · 电话”。');
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

  it('survives lone surrogates, control characters and huge values in the URL', () => {
    // %ED%A0%80 is a surrogate encoded as UTF-8 (invalid): it decodes to replacement characters.
    const f = filtersFromQuery(`?q=%ED%A0%80${encodeURIComponent('退款')}%00&tag=${encodeURIComponent('标'.repeat(5000))}&stage=%0A`);
    expect(f.q).toBe('\uFFFD\uFFFD\uFFFD退款');
    expect([...f.tag!].length).toBe(100);
    expect(f.stage).toBeUndefined();
    expect(() => encodeURIComponent(filtersFromQuery('?q=' + encodeURIComponent('a') + '%F0%9F').q)).not.toThrow();
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

  it('combines stage, category, tag, tone, channel and favourites', () => {
    expect(filterPhrases(list, EMPTY_FILTERS).map((p) => p.id)).toEqual(['greeting', 'delay', 'thanks']);
    expect(filterPhrases(list, {...EMPTY_FILTERS, stage: 'close'}).map((p) => p.id)).toEqual(['thanks']);
    expect(filterPhrases(list, {...EMPTY_FILTERS, category: 'logistics'}).map((p) => p.id)).toEqual(['delay']);
    expect(filterPhrases(list, {...EMPTY_FILTERS, tag: '物流'}).map((p) => p.id)).toEqual(['delay']);
    expect(filterPhrases(list, {...EMPTY_FILTERS, stage: 'handle', tag: '物流', tone: '专业'}).map((p) => p.id)).toEqual([]);
    // greeting has a phone version (专业), so its general 亲切 text is not offered for the phone.
    expect(filterPhrases(list, {...EMPTY_FILTERS, tone: '亲切', channel: '电话'}).map((p) => p.id)).toEqual(['delay']);
    expect(filterPhrases(list, {...EMPTY_FILTERS, tone: '专业', channel: '电话'}).map((p) => p.id)).toEqual(['greeting', 'thanks']);
    expect(filterPhrases(list, {...EMPTY_FILTERS, favourites: true}, {favourites: ['thanks']}).map((p) => p.id)).toEqual(['thanks']);
  });

  it('leaves the text to the search engine: a query in the filters keeps every phrase in editors\' order', () => {
    const withText = {...EMPTY_FILTERS, q: '物流'};
    expect(filterPhrases(list, withText).map((p) => p.id)).toEqual(['greeting', 'delay', 'thanks']);
  });
});
