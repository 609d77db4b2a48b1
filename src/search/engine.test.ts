import {describe, expect, it, vi} from 'vitest';
import {buildIndex} from './build';
import {BUNDLE, POSTING, shardOf, synonymToken, type SearchDoc} from './format';
import {memoryEngine} from './node';
import {primeLoops, SearchEngine} from './engine';
import {parseLexicon, segmentRun} from './lexicon';
import {affirmedPart, cleanQuery, normalize, normalizeChar, numeralUnit, tokenize, MAX_QUERY_CHARS} from './text';
import {joinSyllables, pinyinReadings, segmentations} from './pinyin';

const doc = (over: Partial<SearchDoc> & Pick<SearchDoc, 'title'>): SearchDoc => ({
  type: 'qa',
  url: `/qa/x#${encodeURIComponent(over.title)}`,
  crumb: ['问答手册'],
  alt: [],
  heading: [],
  body: '',
  ...over,
});

const corpus: SearchDoc[] = [
  doc({title: '款式可以换吗？', body: '款式不满意可以在签收后申请退换，颜色尺码都能换。'}),
  doc({title: '退款多久能到账？', alt: ['钱什么时候退'], body: '仓库签收后 24 小时内原路退回。'}),
  doc({title: '支持无理由退货吗？', body: '收到商品 7 天内可申请无理由退货，商品需保持原状。'}),
  doc({title: '什么时候发货？', alt: ['催发货'], body: '现货付款后 48 小时内发货。'}),
  doc({title: '快递一直不动怎么办', body: '物流信息超过 72 小时没有更新，客服会联系快递公司查件。'}),
  doc({title: '商品到手就坏了', alt: ['东西坏了'], body: '收到破损商品请拍照，我们免费补发或退款。'}),
  doc({title: '优惠券能叠加吗', body: '满减券和店铺券可同时使用，618 大促另有规则，SKU 以商品页为准。'}),
  doc({type: 'phrase', title: '物流延误致歉', body: '您的包裹因天气原因在中转站延误，我们已联系物流方加急处理。'}),
  doc({type: 'sop', title: '结束与跟进', heading: ['主动跟进'], body: '退款到账后主动回访客户，确认问题解决。'}),
  doc({title: '退款和款式的长文', body: '款式退换的说明写在这里，与退钱无关。'}),
];

const engine = memoryEngine(buildIndex(corpus, {synonyms: [['坏了', '破损', '损坏'], ['快递', '物流'], ['钱', '退款']]}));
const titles = async (q: string, limit = 10) => (await engine.search(q, {limit})).results.map((r) => r.title);

describe('tokenising', () => {
  it('splits Chinese runs into ordered bigrams and keeps Latin words and digits whole', () => {
    expect(tokenize(normalize('无理由退货 SKU618'))).toEqual(['无理', '理由', '由退', '退货', 'sku618', 'sku', '618']);
  });
  it('joins digits to the unit that follows, across the one space of the typography rule', () => {
    expect(tokenize('7 天内')).toContain('7天');
    expect(tokenize('7天', {query: true})).toEqual(['7', '7天']);
  });
  it('reads a number in characters before a unit as digits too (七天 → 7天), and nothing else', async () => {
    expect(['七天', '十五天', '四十八小时', '两件', '三倍'].map(numeralUnit)).toEqual(['7天', '15天', '48小', '2件', '3倍']);
    expect(['一个', '一下', '一直', '天天'].map(numeralUnit)).toEqual([null, null, null, null]);
    const top = (await engine.search('七天退货')).results[0]!;
    expect(top.title).toBe('支持无理由退货吗？');
    expect(top.snippetSegments.filter((x) => x.hit).map((x) => x.text)).toContain('7 天');
  });
  it('normalises full-width, case and Traditional characters one unit for one unit', () => {
    const t2s = new Map([['貨', '货']]);
    expect(normalize('退貨ＡＢＣ', t2s)).toBe('退货abc');
    expect(normalize('退貨ＡＢＣ', t2s)).toHaveLength('退貨ＡＢＣ'.length);
  });
  it('normalises a whole string exactly as character by character (final sigma, İ, surrogates, map keys like ] and -)', () => {
    const map = new Map([['貨', '货'], ['-', '_'], [']', '['], ['İ', 'i']]);
    const alphabet = ['貨', 'Ａ', 'ａ', '\u3000', 'İ', 'A', 'z', '1', '退', '-', ']', '^', '\\', '\uD83D', '\uDE00', 'Σ', 'ß', 'ﬃ', '！', '～'];
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({length: Math.floor(random() * 12)}, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const t2s of [undefined, map]) expect(normalize(text, t2s)).toBe([...text.split('')].map((ch) => normalizeChar(ch, t2s)).join(''));
    }
  });
  it('caps and cleans the query', () => {
    expect(cleanQuery('  a\u0000b  ')).toBe('a b');
    expect([...cleanQuery('退'.repeat(10_000))]).toHaveLength(MAX_QUERY_CHARS);
  });
  it('reads Latin words as full pinyin or initials', () => {
    expect(segmentations('tuihuo')).toContainEqual(['tui', 'huo']);
    expect(pinyinReadings('th')).toEqual([{tokens: ['^th'], kind: 'initials'}]);
  });
});

describe('matching', () => {
  it('退款 matches adjacent characters only, not 款式…退换', async () => {
    const found = await titles('退款');
    expect(found).toContain('退款多久能到账？');
    expect(found).not.toContain('款式可以换吗？');
  });
  it('finds a word inside a longer word (退货 in 无理由退货)', async () => {
    expect(await titles('退货')).toContain('支持无理由退货吗？');
  });
  it('keeps service words whole: 发货 does not match 发 … 货 apart', async () => {
    expect(await titles('发货')).toEqual(['什么时候发货？']);
  });
  it('ranks the entry holding every space-separated term first, then falls back to partial matches', async () => {
    expect((await titles('快递 查件'))[0]).toBe('快递一直不动怎么办');
    const partial = await engine.search('快递 不存在的词');
    expect(partial.partial).toBe(true);
    expect(partial.results[0]?.title).toBe('快递一直不动怎么办');
  });
  it('tokenises digits, units and Latin as people type them', async () => {
    expect(await titles('7天')).toEqual(['支持无理由退货吗？']);
    expect(await titles('618')).toEqual(['优惠券能叠加吗']);
    expect(await titles('sku')).toEqual(['优惠券能叠加吗']);
  });
  it('matches full pinyin and initials in titles', async () => {
    expect((await titles('tuikuan'))[0]).toBe('退款多久能到账？');
    expect(await titles('fahuo')).toContain('什么时候发货？');
    expect(await titles('yhq')).toContain('优惠券能叠加吗');
  });
  it('reads pinyin typed a syllable at a time as the word (tui kuan = tuikuan), other Latin words as they are', async () => {
    expect(await titles('tui kuan')).toEqual(await titles('tuikuan'));
    expect((await titles('fa huo'))[0]).toBe('什么时候发货？');
    expect(joinSyllables(['sku', 'tui', 'kuan', 'a', 'vip'])).toEqual(['sku', 'tuikuana', 'vip']);
  });
  it('finds Simplified content from Traditional input', async () => {
    expect((await titles('退貨'))[0]).toBe('支持无理由退货吗？');
    expect(await titles('優惠券')).toContain('优惠券能叠加吗');
  });
  it('expands synonyms, also inside a longer phrase', async () => {
    expect(await titles('破损')).toContain('商品到手就坏了');
    expect(await titles('快递延误')).toContain('物流延误致歉');
    expect(await titles('钱')).toContain('退款多久能到账？');
  });
  it('looks a word’s synonyms up as one group token, counted wherever a member occurs', async () => {
    const group = ['坏了', '破损', '损坏', '碎了', '裂开'];
    const built = buildIndex(corpus, {synonyms: [group], shardBytes: 50});
    // The group's token holds every document a member occurs in (坏了 in the title, 破损 in the body), once per field.
    const shard = JSON.parse(built.files.get(`t/${shardOf(synonymToken(0), built.meta.s)}.json`)!) as Record<string, number[]>;
    let id = 0;
    const ids = new Set(shard[synonymToken(0)]!.map((v) => (id += Math.floor(v / POSTING.doc))));
    expect([...ids].map((i) => corpus[i]!.title)).toEqual(['商品到手就坏了']);
    const fetched: string[] = [];
    const e = new SearchEngine({
      text: async (name) => {
        fetched.push(name);
        return built.files.get(name)!;
      },
    });
    expect((await e.search('损坏')).results[0]?.title).toBe('商品到手就坏了');
    // The word's own token and its group's: not one lookup per member (five members here).
    expect(new Set(fetched.filter((f) => f.startsWith('t/'))).size).toBeLessThanOrEqual(2);
    // Members are still marked where they stand.
    const hit = (await e.search('损坏')).results[0]!;
    expect(hit.titleSegments.filter((s) => s.hit).map((s) => s.text)).toContain('坏了');
  });
});

describe('broader terms', () => {
  it('a narrower word finds its broader term and back, but not its siblings (冰箱 → 大件, not 洗衣机)', async () => {
    const docs = [
      doc({title: '大件商品怎么送货', body: '大件由物流公司送货上门。'}),
      doc({title: '洗衣机不脱水', body: '请检查排水管。'}),
      doc({title: '冰箱到货有凹痕', body: '签收前请开箱检查。'}),
      ...corpus,
    ];
    const e = memoryEngine(buildIndex(docs, {broader: [{broader: '大件', narrower: ['冰箱', '洗衣机']}]}));
    const found = async (q: string) => (await e.search(q)).results.map((r) => r.title);
    expect(await found('冰箱')).toEqual(['冰箱到货有凹痕', '大件商品怎么送货']);
    expect(await found('大件')).toEqual(expect.arrayContaining(['大件商品怎么送货', '洗衣机不脱水', '冰箱到货有凹痕']));
    // The broader term is marked where it stands.
    const hit = (await e.search('冰箱')).results.find((r) => r.title === '大件商品怎么送货')!;
    expect(hit.titleSegments.filter((s) => s.hit).map((s) => s.text).join('')).toContain('大件');
  });
});

describe('ranking', () => {
  it('puts a title match above a heading match above a body match', async () => {
    const found = await titles('退款');
    expect(found.indexOf('退款多久能到账？')).toBeLessThan(found.indexOf('结束与跟进'));
  });
  it('puts an exact phrase above scattered characters', async () => {
    const found = await titles('无理由退货');
    expect(found[0]).toBe('支持无理由退货吗？');
  });
  it('keeps a reply in the first five: the best phrase below five Q&A entries takes the fifth place', async () => {
    const entries = ['退货运费谁出', '退货地址在哪', '退货要多久', '退货怎么申请', '退货能上门取吗', '退货退款'].map((title, i) => doc({title, alt: [`我要退货${i}`], url: `/qa/r${i}`}));
    const reply = doc({type: 'phrase', title: '售后说明', body: `${'收到商品后如有问题请联系我们，'.repeat(6)}退货也可以。`, url: '/phrases/after'});
    const e = memoryEngine(buildIndex([...entries, reply]));
    const kinds = async (limit: number) => (await e.search('退货', {limit})).results.map((r) => r.type);
    expect(await kinds(8)).toEqual(['qa', 'qa', 'qa', 'qa', 'phrase', 'qa', 'qa']);
    expect(await kinds(4)).toEqual(['qa', 'qa', 'qa', 'qa']);
    // A phrase that ranks in the first five on its own keeps its place, and no second one is moved.
    const fee = doc({type: 'phrase', title: '退货运费我们出', url: '/phrases/fee'});
    const both = memoryEngine(buildIndex([...entries, reply, fee]));
    const urls = (await both.search('退货运费', {limit: 8})).results.map((r) => r.url);
    expect(urls.indexOf('/phrases/fee')).toBeLessThan(2);
    expect(urls.indexOf('/phrases/after')).not.toBe(4);
  }, 30_000);
});

describe('best-phrasing match', () => {
  // Four phrasings holding one query word each, against one phrasing that says it all.
  const scattered = doc({title: '售后须知', alt: ['退货地址', '运费多少', '坏了怎么办', '退货要多久'], body: '按页面提示操作。', url: '/qa/scattered'});
  const said = doc({title: '质量问题', alt: ['坏了退货要运费吗'], body: '我们承担运费。', url: '/qa/said'});
  const fill = [doc({title: '其他问题', alt: ['发票怎么开'], url: '/qa/other'}), doc({title: '发货时间', alt: ['什么时候发货'], url: '/qa/ship'})];

  it('ranks the entry with one phrasing that holds the query above one whose many phrasings hold a word each', async () => {
    const e = memoryEngine(buildIndex([scattered, said, ...fill]));
    expect((await e.search('坏了退货运费', {limit: 5})).results.map((r) => r.url).slice(0, 2)).toEqual(['/qa/said', '/qa/scattered']);
  }, 30_000);

  it('lets a phrase fit as well as the best phrasing of a Q&A entry that links it (its bridge)', async () => {
    const reply = doc({type: 'phrase', title: '质量问题运费我们出', body: '质量问题退货的运费由我们承担。', url: '/phrases/fee', bridge: [said.title, ...said.alt]});
    const scoreOf = async (phrase: SearchDoc) => {
      const e = memoryEngine(buildIndex([said, phrase, ...fill]));
      return (await e.search('坏了退货运费', {limit: 5})).results.find((r) => r.url === reply.url)!.score;
    };
    // The same text either way: only the link (the chunk's `f`) differs.
    expect(await scoreOf({...reply, bridgeFrom: [said.url]})).toBeGreaterThan(await scoreOf(reply));
  }, 30_000);

  it('scores a phrasing by the query words it holds and by how much of it the query accounts for', async () => {
    const {phrasingFit} = await import('./engine');
    const e = memoryEngine(buildIndex([scattered, said, ...fill]));
    await e.load();
    const {concepts} = e.compile('坏了退货运费');
    const weights = concepts.map((c) => c.factor);
    const fit = phrasingFit(concepts, weights, '坏了退货运费');
    expect(fit(['坏了退货要运费吗'])).toBeGreaterThan(fit(['退货地址', '运费多少', '坏了怎么办']));
    // A phrasing that is mostly other words fits less than one the query accounts for.
    expect(fit(['坏了退货运费'])).toBe(1);
    expect(fit(['坏了退货要运费吗'])).toBeGreaterThan(fit(['东西坏了想要退货的话运费要自己出吗']));
    expect(fit(['发票怎么开'])).toBe(0);
  }, 30_000);
});

describe('soft matching and term statistics', () => {
  it('does not require frame words: the informative words decide', async () => {
    expect((await titles('你们的快递怎么一直不动了呢'))[0]).toBe('快递一直不动怎么办');
    expect((await titles('我想问一下优惠券能不能叠加'))[0]).toBe('优惠券能叠加吗');
  });
  it('lets a document one informative word short of the minimum still rank, below those that hold it', async () => {
    // 喜欢 is in no entry: 退 alone (a single character) still finds the return entries.
    const found = await titles('不喜欢能退吗');
    expect(found).toContain('支持无理由退货吗？');
  });
  it('does not count a document that holds only frame words as a result', async () => {
    const e = memoryEngine(buildIndex([...corpus, doc({title: '客户怎么称呼', body: '客户怎么称呼都可以。'})]));
    const res = await e.search('客户怎么要退款', {limit: 20});
    expect(res.results.map((r) => r.title)).not.toContain('客户怎么称呼');
    expect(res.results.map((r) => r.title)).toContain('退款多久能到账？');
  });
  it('counts a single character the synonym data names as a word in full (骂), not as a fragment', async () => {
    const docs = [
      doc({type: 'phrase', title: '客户辱骂时先稳住情绪', body: '客户辱骂时不争辩，先稳住情绪再处理。', url: '/phrases/abuse'}),
      doc({title: '上来就问价格', body: '有人上来就问最低价，先介绍活动。', url: '/qa/price'}),
      ...corpus,
    ];
    const e = memoryEngine(buildIndex(docs, {synonyms: [['骂', '辱骂', '骂人']]}));
    await e.load();
    expect(e.compile('客户一上来就骂').concepts.find((c) => c.word === '骂')?.factor).toBe(1);
    expect((await e.search('客户一上来就骂', {limit: 3})).results[0]?.url).toBe('/phrases/abuse');
  });
  it('never requires a pair of characters across two words (了还, 在中)', async () => {
    expect(await titles('包裹了还在中转站')).toContain('物流延误致歉');
  });
  it('weighs a rare word above a common one', async () => {
    // 款式 is in two entries, 退换 in two; 颜色 only in one: the entry with 颜色 wins.
    expect((await titles('款式 颜色'))[0]).toBe('款式可以换吗？');
  });
  it('interleaves kinds by score: a phrase that matches best is first', async () => {
    const res = await engine.search('延误');
    expect(res.results[0]?.type).toBe('phrase');
  });
  it('reports a partial result when no entry holds every informative word', async () => {
    const res = await engine.search('快递 不存在的词');
    expect(res.partial).toBe(true);
    expect((await engine.search('快递 查件')).partial).toBe(false);
  });
});

describe('adjacency and clusters', () => {
  const fill = ['发票开具', '优惠券规则', '退款进度', '会员积分', '地址修改', '尺码建议'].map((title) => doc({title}));
  it('ranks a document holding two query words side by side (退货运费: 货运) above shorter ones holding them apart', async () => {
    // Six short titles hold both words apart: without adjacency they fill the re-ranked head.
    const apart = ['和', '与', '或', '及', '跟', '同'].map((c) => doc({title: `运费${c}退货`}));
    const e = memoryEngine(buildIndex([...apart, doc({title: '退货运费由谁来承担'}), ...fill]));
    expect((await e.search('退货运费', {limit: 1})).results[0]?.title).toBe('退货运费由谁来承担');
  });
  it('lets a word other entries of the same category hold count a little (沙发 in 大件)', async () => {
    const docs = [
      doc({title: '退货要多久', crumb: ['问答手册', '退货']}),
      doc({title: '大件商品怎么申请退货', crumb: ['问答手册', '大件']}),
      doc({title: '沙发什么时候送到', crumb: ['问答手册', '大件']}),
      ...fill,
    ];
    const e = memoryEngine(buildIndex(docs));
    const found = (await e.search('沙发退货', {limit: 5})).results.map((r) => r.title);
    expect(found.indexOf('大件商品怎么申请退货')).toBeLessThan(found.indexOf('退货要多久'));
  });
});

describe('the decoded-postings cache', () => {
  it('answers a query whose cached words are evicted while it decodes a new one', async () => {
    const e = memoryEngine(buildIndex(corpus));
    await e.search('快递');
    // White-box: fill the cache to the brink of its clear (4,097 entries), then ask for a new word before a cached one.
    const cache = (e as unknown as {decoded: Map<string, unknown>}).decoded;
    for (let c = 0x4e00; cache.size !== 4097; c++) await e.search(String.fromCharCode(c, c + 1));
    expect(cache.has('快递')).toBe(true);
    const res = await e.search('鑫 快递');
    expect(res.results.map((r) => r.title)).toContain('快递一直不动怎么办');
  });
});

describe('situations', () => {
  it('indexes what a situation affirms, not the neighbour it rules out (不是大件送货)', async () => {
    const e = memoryEngine(
      buildIndex([
        doc({title: '小件退货上门取', type: 'phrase', situations: ['不是大件送货，是小件退货要上门取']}),
        doc({title: '约好时间上门', type: 'phrase', situations: ['大件要约时间送货']}),
        ...corpus,
      ]),
    );
    expect((await e.search('大件送货', {limit: 1})).results[0]?.title).toBe('约好时间上门');
    expect(affirmedPart('客户说“这不是我买的”，不是账号被盗')).toBe('客户说“这不是我买的”，');
  });
});

describe('marks', () => {
  it('marks the word and its synonyms whole, never a fragment of a synonym (东西 of 退东西)', async () => {
    const e = memoryEngine(buildIndex([doc({title: '东西退货要运费吗'}), ...corpus], {synonyms: [['退货', '退东西']]}));
    const top = (await e.search('退货', {limit: 1})).results[0]!;
    expect(top.titleSegments.filter((s) => s.hit).map((s) => s.text)).toEqual(['退货']);
  });
  it('marks a single character in a short query (碎), not in a long message where it is incidental (到, 穿)', async () => {
    const e = memoryEngine(buildIndex([doc({title: '杯子碎了怎么办'}), doc({title: '说好明天到的，怎么又延误了'}), ...corpus]));
    const short = (await e.search('杯子到手就碎了', {limit: 3})).results.find((r) => r.title === '杯子碎了怎么办')!;
    expect(short.titleSegments.filter((s) => s.hit).map((s) => s.text)).toEqual(['杯子碎']);
    const long = await e.search('上周买的羽绒服 到现在 还没发出来 延误 急着穿 杯子', {limit: 10});
    const late = long.results.find((r) => r.title.startsWith('说好明天到的'))!;
    expect(late.titleSegments.filter((s) => s.hit).map((s) => s.text)).toEqual(['延误']);
  });
  it('never marks a lone numeral (一 of 一上来 in 第一句)', async () => {
    const e = memoryEngine(buildIndex([doc({title: '客户骂人时的第一句'}), ...corpus]));
    const top = (await e.search('客户一上来就骂', {limit: 3})).results.find((r) => r.title === '客户骂人时的第一句')!;
    expect(top.titleSegments.filter((s) => s.hit).map((s) => s.text)).toEqual(['骂']);
  });
});

describe('file sizes', () => {
  it('puts as many documents in a chunk as make about 2.5 KB: long entries fewer, short ones more', () => {
    const phrasings = Array.from({length: 40}, (_, k) => `第${k}种问法：钱到底什么时候能退回来`);
    const long = Array.from({length: 20}, (_, i) => doc({title: `长条目${i}`, alt: phrasings, body: '退款会在仓库签收后原路退回。'}));
    const short = Array.from({length: 20}, (_, i) => doc({title: `短条目${i}`, body: '退款原路退回。'}));
    expect(buildIndex(long).meta.c).toBe(1);
    expect(buildIndex(short).meta.c).toBeGreaterThanOrEqual(8);
  });
});

describe('exact query in a phrasing', () => {
  it('counts by how much of the phrasing the query is: a phrasing that is the query beats a long title ending with it', async () => {
    const docs = [
      doc({title: '衣服试穿过了，吊牌还在，能退吗？', alt: ['穿过一次能退吗'], body: '试穿不影响退货。'}),
      doc({title: '无理由退货怎么操作？', alt: ['能退吗', '我想退货'], body: '签收后可以申请无理由退货。'}),
      ...corpus,
    ];
    const e = memoryEngine(buildIndex(docs));
    expect((await e.search('能退吗', {limit: 3})).results[0]?.title).toBe('无理由退货怎么操作？');
  });
});

describe('long messages and frame words', () => {
  it('takes a character after digits as a unit only when it starts one (38码, 7天), not a verb (175穿)', async () => {
    const e = memoryEngine(buildIndex(corpus));
    await e.load();
    expect(e.words('175穿L行不')).toEqual(expect.arrayContaining(['175', '穿']));
    expect(e.words('38码来的是39')).toContain('38码');
    expect(e.words('7天无理由')).toContain('7天');
  });
  it('segments a frame word the corpus never uses as one word (木有, 咋整), so it weighs as a frame word', async () => {
    const e = memoryEngine(buildIndex(corpus));
    await e.load();
    expect(e.words('快递还木有到')).toContain('木有');
    expect(e.compile('咋整 快递').concepts.find((c) => c.word === '咋整')?.factor).toBeLessThan(0.1);
  });
  it('keeps the request at the end of a long message: frame words are dropped first, not the last words', async () => {
    const opening = '你好 在吗 我 想 问一下 就是 那个 我 上个 星期 买 了 一个 然后 现在 还是 一直 没有 什么 请问 一下 到底 怎么 回事';
    const e = memoryEngine(buildIndex(corpus));
    await e.load();
    expect(e.words(`${opening} 快递`)).toContain('快递');
    expect((await e.search(`${opening} 快递`, {limit: 3})).results[0]?.title).toBe('快递一直不动怎么办');
  });
  it('keeps the last words of a message too long even without its frame words: the story comes first, the request last', async () => {
    const story = '昨天 下午 玻璃 花瓶 闺蜜 乔迁 本来 打算 今天 拿去 结果 拆开 一看 包装 盒子 泡沫 胶带 纸箱 标签 单据 发票 说明 卡片 袋子 绳子';
    const e = memoryEngine(buildIndex(corpus));
    await e.load();
    const words = e.words(`${story} 快递`);
    expect(words.length).toBeLessThanOrEqual(24);
    expect(words.at(-1)).toBe('快递');
    expect(words).not.toContain('昨天');
  });
  it('asks a long message for two of its informative words, not a share of them (each entry holds few)', async () => {
    const holdsOne = ['床垫怎么清洗', '手机壳颜色', '电脑包尺寸'].map((title) => doc({title}));
    const docs = [doc({title: '冰箱洗衣机空调怎么预约'}), doc({title: '电视沙发送货时间'}), ...holdsOne, ...corpus];
    const e = memoryEngine(buildIndex(docs));
    const found = (await e.search('冰箱 洗衣机 空调 电视 沙发 床垫 手机 电脑', {limit: 5})).results.map((r) => r.title);
    expect(found).toEqual(expect.arrayContaining(['冰箱洗衣机空调怎么预约', '电视沙发送货时间']));
  });
  it('does not glue characters across a frame word it dropped from a long message (收 的 单 stays apart)', async () => {
    const e = memoryEngine(buildIndex(corpus));
    await e.load();
    const filler = Array.from({length: 24}, () => '我').join(' ');
    const {words} = e.compile(`${filler} 收的单`);
    expect(words).not.toContain('收单');
    expect(words).toEqual(expect.arrayContaining(['收', '单']));
  });
  it('counts a query of frame words only in full: what the customer said is marked and ranked', async () => {
    const e = memoryEngine(buildIndex([...corpus, doc({type: 'phrase', title: '客户只发“在吗”', body: '在的，请问有什么可以帮您？'})]));
    const top = (await e.search('在吗', {limit: 3})).results[0];
    expect(top?.title).toBe('客户只发“在吗”');
    expect(top?.titleSegments.filter((s) => s.hit).map((s) => s.text)).toEqual(['在吗']);
  });
  it('never takes a frame word for the unit after digits (42的 is 42, then 的; 7天 stays whole)', async () => {
    const e = memoryEngine(buildIndex(corpus));
    await e.load();
    expect(e.words('寄个42的')).toEqual(['寄', '个', '42', '的']);
    expect(e.words('7天内')[0]).toBe('7天');
  });
  it('segments frame words as words even where the content never uses them (顾客急 → 顾客, 急)', async () => {
    const e = memoryEngine(buildIndex(corpus));
    await e.load();
    expect(e.words('顾客急')).toEqual(['顾客', '急']);
  });
});

describe('alternatives weigh their own idf', () => {
  it('a common synonym does not drown a rare word: the rare word’s document comes first', async () => {
    const docs = [
      doc({title: '衣服开线了怎么处理'}),
      doc({title: '衣服尺码偏小'}),
      doc({title: '衣服颜色发错了'}),
      ...['质量问题怎么退', '质量问题运费谁出', '质量问题换新', '质量问题上门检测', '质量问题维修', '质量问题补偿', '质量问题鉴定'].map((title) => doc({title})),
      ...['发货时间', '优惠券规则', '发票开具', '退款进度'].map((title) => doc({title})),
    ];
    const e = memoryEngine(buildIndex(docs, {synonyms: [['开线', '质量问题']]}));
    expect((await e.search('衣服开线', {limit: 3})).results[0]?.title).toBe('衣服开线了怎么处理');
    // Found through the synonym, a document ranks below one holding the word itself.
    const found = (await e.search('开线', {limit: 10})).results;
    expect(found[0]?.title).toBe('衣服开线了怎么处理');
    expect(found[0]!.score).toBeGreaterThan(2 * found[1]!.score);
  }, 30_000);
});

describe('the query lexicon', () => {
  it('leaves out a rare dictionary phrase built on frame words (给我发), however often the corpus says it', () => {
    const many = Array.from({length: 12}, (_, i) => doc({title: `保质期问题${i}`, alt: ['别给我发快到期的']}));
    const lex = parseLexicon(buildIndex([doc({title: '付款后多久发货'}), ...many, ...corpus]).meta.lex);
    expect(lex.has('给我发')).toBe(false);
    expect(segmentRun('还没给我发货', lex)).toContain('发货');
  });
  it('keeps a word the corpus uses often even when jieba’s dictionary barely knows it (客服)', async () => {
    const docs = Array.from({length: 12}, (_, i) => doc({title: `第 ${i} 条`, body: '客服会在工作时间回复。', url: `/qa/x/${i}`}));
    const e = memoryEngine(buildIndex(docs));
    await e.load();
    expect(e.words('客服回复慢')).toEqual(['客服', '回复', '慢']);
  });
  it('keeps a synonym whole in a query although jieba’s dictionary rates it rare (开线)', async () => {
    const e = memoryEngine(buildIndex(corpus, {synonyms: [['质量问题', '开线']]}));
    await e.load();
    expect(e.words('衣服开线了')).toContain('开线');
  });
  it('matches a lone character by the word it makes across the boundary (还没到|账 → 到账)', async () => {
    const docs = [doc({title: '运费险什么时候到账'}), doc({title: '快递还没到'}), doc({title: '账号怎么注销'})];
    const e = memoryEngine(buildIndex(docs, {synonyms: [['还没到', '没送到'], ['到账', '入账']]}));
    await e.load();
    expect(e.words('运费险怎么还没到账').slice(-2)).toEqual(['还没到', '账']);
    const lone = e.compile('运费险怎么还没到账').concepts.at(-1)!;
    expect(lone.alts.map((a) => a.text)).toContain('到账');
    // Only words across the boundary: 账号 is a corpus word holding 账, but not one the query makes.
    expect(e.words('账号')).toEqual(['账号']);
    expect(lone.alts.map((a) => a.text)).not.toContain('账号');
    expect(lone.factor).toBe(1);
    expect((await e.search('运费险怎么还没到账')).results[0]!.title).toBe('运费险什么时候到账');
  });
});

describe('kinds and filters on top of the ranking', () => {
  it('keeps only the requested kinds, from meta, without fetching other documents', async () => {
    const res = await engine.search('退款', {types: ['sop']});
    expect(res.results.map((r) => r.title)).toEqual(['结束与跟进']);
  });
  it('applies a page filter and still fills the limit in rank order', async () => {
    const all = await titles('退款');
    const res = await engine.search('退款', {filter: (d) => !d.t.includes('到账')});
    expect(res.results.map((r) => r.title)).toEqual(all.filter((t) => !t.includes('到账')));
  });
});

describe('bridging', () => {
  it('finds a document by its bridge field (the customer phrasings of linked Q&A entries)', async () => {
    const bridged = memoryEngine(
      buildIndex([...corpus, doc({type: 'phrase', title: '查件结果告知', body: '已为您提交查件。', bridge: ['我的东西是不是被压着不送']})]),
    );
    const res = await bridged.search('东西是不是压着不送', {types: ['phrase']});
    expect(res.results[0]?.title).toBe('查件结果告知');
  }, 30_000);

  const entry = doc({title: '物流好几天不动了', alt: ['快递卡住不更新'], body: '超过 72 小时没有更新，联系快递公司查件。', url: '/qa/logistics/stuck'});
  const reply = doc({
    type: 'phrase',
    title: '物流好几天不动：已催查件',
    body: '物流好几天不动确实让人着急，我已联系快递公司查件。',
    url: '/phrases/logistics-stale',
    bridge: [entry.title, ...entry.alt],
    bridgeFrom: [entry.url],
  });

  it('ranks a phrase found with its Q&A entry’s words right below that entry', async () => {
    const grouped = memoryEngine(buildIndex([reply, entry]));
    const res = await grouped.search('物流好几天不动', {limit: 5});
    expect(res.results.map((r) => r.url)).toEqual(['/qa/logistics/stuck', '/phrases/logistics-stale']);
  }, 30_000);

  it('lifts only the source entry, and only when the query matches it', async () => {
    // Without bridgeFrom (the link) the same phrase keeps its place above the entry.
    const plain = memoryEngine(buildIndex([{...reply, bridgeFrom: []}, entry]));
    expect((await plain.search('物流好几天不动', {limit: 5})).results[0]?.url).toBe('/phrases/logistics-stale');
    // A query the entry does not hold (着急) does not bring the entry above its phrase.
    const grouped = memoryEngine(buildIndex([reply, entry]));
    expect((await grouped.search('着急', {limit: 5})).results.map((r) => r.url)).toEqual(['/phrases/logistics-stale']);
    // With the Q&A kind filtered out, the phrase stays alone.
    expect((await grouped.search('物流好几天不动', {types: ['phrase']})).results.map((r) => r.url)).toEqual(['/phrases/logistics-stale']);
  }, 30_000);

  it('puts the phrase first when an agent describes the customer (客户…), and lifts no entry above it', async () => {
    const grouped = memoryEngine(buildIndex([reply, entry]));
    expect((await grouped.search('物流好几天不动', {limit: 5})).results[0]?.url).toBe('/qa/logistics/stuck');
    expect((await grouped.search('客户说物流好几天不动', {limit: 5})).results.map((r) => r.url)).toEqual(['/phrases/logistics-stale', '/qa/logistics/stuck']);
  }, 30_000);

  it('keeps entries lifted above the same phrase in their own order', async () => {
    const second = doc({title: '快递不更新', alt: ['物流好几天没消息'], url: '/qa/logistics/quiet'});
    const linked = {...reply, bridge: [...reply.bridge!, second.title, ...second.alt], bridgeFrom: [second.url, entry.url]};
    const grouped = memoryEngine(buildIndex([linked, second, entry]));
    expect((await grouped.search('物流好几天不动', {limit: 5})).results.map((r) => r.url).slice(0, 2)).toEqual(['/qa/logistics/stuck', '/qa/logistics/quiet']);
  }, 30_000);
});

describe('highlighting', () => {
  it('labels a snippet from alternates by kind: 也问 for a Q&A entry, 适用 for a phrase', async () => {
    const e = memoryEngine(
      buildIndex([
        doc({title: '退款进度', alt: ['钱一直没到账'], body: '我们会尽快处理。', url: '/qa/refund/progress'}),
        doc({type: 'phrase', title: '查询进度', alt: ['客户说一直没到账'], body: '我马上为您查询。', url: '/phrases/progress'}),
      ]),
    );
    const snippets = Object.fromEntries((await e.search('没到账')).results.map((r) => [r.url, r.snippet]));
    expect(snippets['/qa/refund/progress']).toBe('也问：钱一直没到账');
    expect(snippets['/phrases/progress']).toBe('适用：客户说一直没到账');
  });
  it('marks exactly the matched characters', async () => {
    const [first] = (await engine.search('退款')).results;
    expect(first!.titleSegments).toEqual([
      {text: '退款', hit: true},
      {text: '多久能到账？', hit: false},
    ]);
  });
  it('never produces markup from content or query', async () => {
    const res = await engine.search('<script>alert(1)</script>');
    for (const r of res.results) for (const s of [...r.titleSegments, ...r.snippetSegments]) expect(typeof s.text).toBe('string');
  });
});

describe('hostile input', () => {
  it.each([
    ['ten thousand characters', '退款'.repeat(5000)],
    ['regex metacharacters', '.*+?^${}()|[]\\'],
    ['a script tag', '<script>alert(1)</script>'],
    ['emoji', '😀📦退款'],
    ['only spaces', '      '],
    ['an empty string', ''],
  ])('answers %s without throwing', async (_, q) => {
    const res = await engine.search(q);
    expect(Array.isArray(res.results)).toBe(true);
    expect(res.query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS * 2);
  });
});

describe('background warm-up', () => {
  it('loads every shard and chunk so later queries need no fetch', async () => {
    const built = buildIndex(corpus, {synonyms: [['坏了', '破损']], shardBytes: 200});
    const fetched: string[] = [];
    const warm = new (await import('./engine')).SearchEngine({
      text: async (name) => {
        fetched.push(name);
        return built.files.get(name)!;
      },
    });
    await expect(warm.warmUp(Number.MAX_SAFE_INTEGER)).resolves.toBe(true);
    expect(fetched.every((f) => f === 'meta.json' || f.startsWith('w/'))).toBe(true);
    fetched.length = 0;
    const res = await warm.search('退款 到账');
    expect(res.results[0]?.title).toBe('退款多久能到账？');
    expect(fetched).toEqual([]);
  }, 30_000); // builds an index with its own segmenter dictionary: slow on a busy machine

  it('keeps the warm-up bundles as text, parsed file by file when a query needs one or in idle time', async () => {
    const built = buildIndex(corpus, {shardBytes: 200});
    const warm = memoryEngine(built);
    await warm.load();
    // No idle time until the test says so: the bundles are split on arrival, nothing parsed ahead.
    let idle = 0;
    const waiting: (() => void)[] = [];
    const pause = () => (idle-- > 0 ? Promise.resolve() : new Promise<void>((r) => waiting.push(r)));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      await expect(warm.warmUp(Number.MAX_SAFE_INTEGER, pause)).resolves.toBe(true);
      const before = parse.mock.calls.length;
      expect(before).toBeLessThan(built.stats.shards / 2);
      const res = await warm.search('退款 到账');
      expect(res.results[0]?.title).toBe('退款多久能到账？');
      expect(parse.mock.calls.length).toBeGreaterThan(before);
      // Once idle time has passed, a query parses nothing.
      idle = Infinity;
      waiting.splice(0).forEach((r) => r());
      await new Promise((r) => setTimeout(r, 50));
      const settled = parse.mock.calls.length;
      await warm.search('款式 换');
      expect(parse.mock.calls.length).toBe(settled);
    } finally {
      parse.mockRestore();
    }
  }, 30_000);

  it('fetches document bundles first, ten downloading at a time', async () => {
    const built = buildIndex(corpus, {shardBytes: 200, chunkSize: 1});
    // The meta of a large index (12 document bundles, then the term bundles); the bundles here are empty.
    const meta = {...built.meta, n: 12 * BUNDLE.chunks, c: 1};
    const fetched: string[] = [];
    const warm = new (await import('./engine')).SearchEngine({
      // The bundles never arrive: no more than ten are asked for.
      text: (name) => {
        fetched.push(name);
        return name === 'meta.json' ? Promise.resolve(JSON.stringify(meta)) : new Promise<string>(() => {});
      },
    });
    void warm.warmUp(Number.MAX_SAFE_INTEGER);
    await new Promise((r) => setTimeout(r, 50));
    expect(fetched.filter((f) => f.startsWith('w/'))).toEqual(Array.from({length: 10}, (_, k) => `w/d${k}.txt`));
  }, 30_000);

  it('parses in short slices of idle time, not a fixed batch per callback', async () => {
    const built = buildIndex(corpus, {shardBytes: 200});
    const warm = memoryEngine(built);
    let pauses = 0;
    const pause = async () => void pauses++;
    // A slow clock: every reading is a millisecond later, so a slice holds only a couple of parses.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => ++now);
    try {
      await expect(warm.warmUp(Number.MAX_SAFE_INTEGER, pause)).resolves.toBe(true);
      const before = pauses;
      await new Promise((r) => setTimeout(r, 100));
      const {meta} = built;
      const files = meta.s + Math.ceil(meta.n / meta.c);
      expect(pauses - before).toBeGreaterThanOrEqual(files / 3);
    } finally {
      vi.restoreAllMocks();
    }
  }, 30_000);

  it('takes the bundles as bytes when the loader can, decoding a file only when it is parsed', async () => {
    const built = buildIndex(corpus, {shardBytes: 200});
    const asText: string[] = [];
    const asBytes: string[] = [];
    const warm = new (await import('./engine')).SearchEngine({
      text: async (name) => {
        asText.push(name);
        return built.files.get(name)!;
      },
      bytes: async (name) => {
        asBytes.push(name);
        return new TextEncoder().encode(built.files.get(name)!);
      },
    });
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    try {
      void warm.warmUp(Number.MAX_SAFE_INTEGER, () => new Promise<void>(() => {}));
      await new Promise((r) => setTimeout(r, 20));
      expect(asBytes[0]).toBe('w/d0.txt');
      expect(asText.filter((f) => f.startsWith('w/'))).toEqual([]);
      decode.mockClear();
      // No idle time for parsing ahead: a query decodes only its own files.
      const fresh = new (await import('./engine')).SearchEngine({text: async (name) => built.files.get(name)!, bytes: async (name) => new TextEncoder().encode(built.files.get(name)!)});
      await expect(fresh.warmUp(Number.MAX_SAFE_INTEGER, () => new Promise<void>(() => {}))).resolves.toBe(true);
      expect(decode).not.toHaveBeenCalled();
      const res = await fresh.search('退款 到账');
      expect(res.results[0]?.title).toBe('退款多久能到账？');
      expect(decode.mock.calls.length).toBeGreaterThan(0);
      expect(decode.mock.calls.length).toBeLessThan(built.stats.shards / 2);
    } finally {
      decode.mockRestore();
    }
  }, 30_000);

  it('primes the loops over made-up postings without touching an engine', async () => {
    const e = memoryEngine(buildIndex(corpus));
    const before = await e.search('退款 到账');
    primeLoops(256, 2);
    expect(await e.search('退款 到账')).toEqual(before);
  }, 30_000);

  it('stays on demand when the index is larger than allowed', async () => {
    await expect(memoryEngine(buildIndex(corpus)).warmUp(10)).resolves.toBe(false);
  }, 30_000);
});

/** A loader that answers in rounds: whatever is asked while a round is out goes in the next one. */
function roundLoader(files: Map<string, string>) {
  const rounds: string[][] = [];
  let pending: [string, (text: string) => void][] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    rounds.push(batch.map(([name]) => name));
    batch.forEach(([name, resolve]) => resolve(files.get(name)!));
  };
  const loader = {
    text: (name: string) =>
      new Promise<string>((resolve) => {
        if (!pending.length) setTimeout(flush, 5);
        pending.push([name, resolve]);
      }),
  };
  return {rounds, loader};
}

describe('request rounds', () => {
  it('answers a first query in three rounds: meta, its shards, its documents', async () => {
    const {rounds, loader} = roundLoader(buildIndex(corpus, {shardBytes: 200, chunkSize: 1}).files);
    const fresh = new (await import('./engine')).SearchEngine(loader);
    const res = await fresh.search('退款 到账', {limit: 3});
    expect(res.results[0]?.title).toBe('退款多久能到账？');
    expect(rounds.map((r) => r.map((name) => name.split('/')[0]))).toEqual([['meta.json'], expect.arrayContaining(['t']), expect.arrayContaining(['d'])]);
    expect(rounds[1]!.every((name) => name.startsWith('t/')) && rounds[2]!.every((name) => name.startsWith('d/'))).toBe(true);
  }, 30_000);

  it('prefetch() asks for a query’s shards, so its search waits only for documents', async () => {
    const {rounds, loader} = roundLoader(buildIndex(corpus, {shardBytes: 200, chunkSize: 1}).files);
    const fresh = new (await import('./engine')).SearchEngine(loader);
    fresh.prefetch('退款 到账');
    await new Promise((r) => setTimeout(r, 50));
    const shards = rounds.flat().filter((name) => name.startsWith('t/'));
    expect(shards.length).toBeGreaterThan(0);
    rounds.length = 0;
    await fresh.search('退款 到账', {limit: 3});
    expect(rounds.flat().filter((name) => name.startsWith('t/'))).toEqual([]);
    expect(rounds).toHaveLength(1);
  }, 30_000);
});

describe('popular entries', () => {
  it('come with meta: opening the search fetches no document chunk', async () => {
    const built = buildIndex(corpus.map((d, i) => ({...d, popular: i % 2 === 1})));
    const fetched: string[] = [];
    const fresh = new (await import('./engine')).SearchEngine({
      text: async (name) => {
        fetched.push(name);
        return built.files.get(name)!;
      },
    });
    const popular = await fresh.popular();
    expect(popular.map((p) => p.doc.t)).toEqual(corpus.filter((_, i) => i % 2 === 1).map((d) => d.title));
    expect(popular.map((p) => p.id)).toEqual(built.meta.pop);
    expect(fetched).toEqual(['meta.json']);
    // Only what the empty search lists: their text (answers, alternates) stays in the chunks.
    expect(Object.keys(popular[0]!.doc).sort()).toEqual(['c', 'k', 't', 'u']);
  }, 30_000);
});

describe('Ranking', () => {
  it('orders the best k exactly as a full sort would (score down, id up)', async () => {
    const {Ranking} = await import('./engine');
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    // Few distinct scores, so ties are broken by id; ids in no particular order.
    const pairs: [number, number][] = Array.from({length: 500}, (_, id) => [id, Math.floor(random() * 20)]).reverse() as [number, number][];
    const sorted = [...pairs].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const ranking = new Ranking(Int32Array.from(pairs.map((p) => p[0])), Float64Array.from(pairs.map((p) => p[1])));
    const pairsAt = (order: number[]) => order.map((i) => [ranking.ids[i], ranking.scores[i]]);
    for (const k of [1, 16, 84]) expect(pairsAt(ranking.top(k))).toEqual(sorted.slice(0, k));
    expect(pairsAt(ranking.top(1000))).toEqual(sorted);
    expect(ranking.scoreOf(sorted[3]![0])).toBe(sorted[3]![1]);
    expect(ranking.scoreOf(9999)).toBeUndefined();
  });
});
