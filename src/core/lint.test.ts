/**
 * Each content-lint rule fires on a bad sample and stays quiet on a good one, both on
 * single texts (`checkText`, `typographyFindings`) and through `lintContent` on the valid
 * fixture with one entry changed in memory.
 */
import {describe, expect, it} from 'vitest';
import {checkText, faultFindings,
  thirdPersonFindings, formatFinding, glossaryFindings, lintContent, lintDocs, promiseFindings, SMS_MAX_CHARS, typographyFindings} from './lint';
import {editValid, makeTree, readValid, removeTrees} from './__fixtures__/tree';
import {afterAll} from 'vitest';
import {loadContent, type KbContent} from './load';
import type {Phrase, QaEntry} from './schema';
import {SITE} from './site';
import {VALID_ROOT} from './__fixtures__/tree';

afterAll(() => removeTrees());

const valid = loadContent(VALID_ROOT);
const rules = (text: string) => checkText(text).map((f) => f.rule);

/** The valid content with one phrase or Q&A entry added (copied, so tests do not share state). */
function withEntry(extra: {phrase?: Partial<Phrase> & Pick<Phrase, 'variants'>; qa?: Partial<QaEntry> & Pick<QaEntry, 'answer'>}): KbContent {
  const c = structuredClone(valid.content);
  if (extra.phrase) {
    c.phrases.push({id: 'sample', title: '样例', stage: 'handle', tags: [], situations: [], placeholders: {}, ...extra.phrase});
    c.origins['phrase:sample'] = {file: 'data/phrases/sample.yaml', line: 3};
  }
  if (extra.qa) {
    const base = structuredClone(c.qa[0]!);
    c.qa.push({...base, id: 'sample-qa', steps: [], conditions: [], escalate: '超过时限时升级组长。', ...extra.qa});
    c.origins['qa:sample-qa'] = {file: 'data/qa/sample.yaml', line: 1};
  }
  return c;
}
const phraseFindings = (text: string, channel?: Phrase['variants'][number]['channel']) =>
  lintContent(withEntry({phrase: {variants: [{tone: '专业', channel, text}]}})).filter((f) => f.entryId === 'sample');

it('the valid fixture has no findings', () => {
  expect(valid.issues).toEqual([]);
  expect(lintContent(valid.content)).toEqual([]);
});

describe('bare-refusal (生硬拒绝)', () => {
  it.each(['很抱歉，这个订单不能退款。', '这个没办法处理。', '系统无法修改地址。', '不可以的。'])('fires on %s', (text) => {
    expect(rules(text)).toContain('bare-refusal');
  });

  it.each([
    '这个订单不能直接退款，不过可以为您申请换货。',
    '系统无法直接修改地址，我来帮您联系快递改派。',
    '优惠券不能叠加，建议您选择力度最大的一张。',
    '您好，我马上为您查询。',
  ])('stays quiet when an alternative is offered: %s', (text) => {
    expect(rules(text)).not.toContain('bare-refusal');
  });

  it('names the refusal word and the fix', () => {
    expect(checkText('这个订单不能退款。')).toEqual([
      {rule: 'bare-refusal', reason: '出现“不能”却没有给出替代方案：把“不能做什么”改成“可以怎么做”'},
    ]);
  });

  it('is checked on the standard answer of a Q&A entry', () => {
    const findings = lintContent(withEntry({qa: {answer: '这个订单不能退款。'}})).filter((f) => f.entryId === 'sample-qa');
    expect(findings.map((f) => f.rule)).toEqual(['bare-refusal']);
  });

  it('can be turned off for texts that explain a rule', () => {
    expect(checkText('这个订单不能退款。', {checkRefusal: false})).toEqual([]);
  });
});

describe('template-empathy (模板化共情)', () => {
  it.each(['我非常理解您的心情，马上为您处理。', '理解您的感受，我来帮您查。', '给您带来不便，敬请谅解。', '请您谅解，我们会尽快处理。'])('fires on %s', (text) => {
    expect(rules(text)).toEqual(['template-empathy']);
  });

  it('stays quiet on empathy that names what happened', () => {
    expect(rules('快递晚了三天还没到，您一定很着急，我马上帮您催件。')).toEqual([]);
  });

  it('quotes the phrase it found', () => {
    expect(checkText('我非常理解您的心情。')[0]!.reason).toBe('“我非常理解您的心情”是模板化共情：请说出客户具体遇到了什么、会有什么感受');
  });
});

describe('raw-placeholder (未填写或写错的占位符)', () => {
  it.each(['您在XX平台的订单已发货。', '退款将在xx天内到账。', '您的订单号是**，请核对。', '请提供【订单号】，我帮您查。', '请在ＸＸ前寄回。'])('fires on the pseudo placeholder in %s', (text) => {
    expect(rules(text)).toContain('raw-placeholder');
  });

  it.each(['XXL 码现在有货。', 'XS 和 XXXL 码都已补货。'])('stays quiet on sizes: %s', (text) => {
    expect(rules(text)).not.toContain('raw-placeholder');
  });

  it('fires on a phrase whose placeholder is written in Chinese', () => {
    const findings = phraseFindings('请提供{订单号}，我帮您查询。');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({file: 'data/phrases/sample.yaml', line: 3, entryId: 'sample', rule: 'raw-placeholder'});
    expect(findings[0]!.reason).toBe('[专业] 变体 1 渲染后仍有占位符：请提供{订单号}，我帮您查询。');
  });

  it('stays quiet on a declared placeholder, filled with a sample value', () => {
    const c = withEntry({phrase: {placeholders: {order_no: {type: 'order_no'}}, variants: [{tone: '专业', text: '订单{order_no}已发货，请留意查收。'}]}});
    expect(lintContent(c)).toEqual([]);
  });
});

describe('too-long (回复过长)', () => {
  const chat = SITE.chatMaxChars;

  it(`fires on a chat reply over ${chat} characters, naming the length`, () => {
    const findings = phraseFindings('您'.repeat(chat + 1), '在线聊天');
    expect(findings.map((f) => f.rule)).toEqual(['too-long']);
    expect(findings[0]!.reason).toBe(`[专业/在线聊天] 在线聊天回复 ${chat + 1} 字，超过 ${chat} 字：把次要信息拆成第二条消息`);
  });

  it('a variant without a channel is held to the chat limit', () => {
    expect(phraseFindings('您'.repeat(chat + 1)).map((f) => f.rule)).toEqual(['too-long']);
    expect(phraseFindings('您'.repeat(chat))).toEqual([]);
  });

  it(`fires on an SMS over ${SMS_MAX_CHARS} characters`, () => {
    const findings = phraseFindings('您'.repeat(SMS_MAX_CHARS + 1), '短信');
    expect(findings.map((f) => f.rule)).toEqual(['too-long']);
    expect(findings[0]!.reason).toBe(`[专业/短信] 短信回复 ${SMS_MAX_CHARS + 1} 字，超过 ${SMS_MAX_CHARS} 字：把次要信息拆成第二条消息`);
    expect(phraseFindings('您'.repeat(SMS_MAX_CHARS), '短信')).toEqual([]);
  });

  it('phone scripts have no length limit', () => {
    expect(phraseFindings('您'.repeat(chat * 2), '电话')).toEqual([]);
  });

  it('counts the rendered text, with placeholders and policies filled', () => {
    // The source is far longer than the reply: 您 × 61 + ' 3 天' + 内 + 原路退回 = 70 characters.
    const text = `${'您'.repeat(SMS_MAX_CHARS - 9)}{policy.refund_days}内{policy.refund_rule}`;
    expect(text.length).toBeGreaterThan(SMS_MAX_CHARS);
    expect(phraseFindings(text, '短信')).toEqual([]);
    expect(phraseFindings(`${text}。`, '短信').map((f) => f.rule)).toEqual(['too-long']);
  });
});

describe('glossary (术语不统一)', () => {
  it('fires on a word the glossary says to avoid, with the preferred word and the reason', () => {
    const findings = phraseFindings('请提供您的订单编号，我帮您查询。');
    expect(findings.map((f) => f.rule)).toEqual(['glossary']);
    expect(findings[0]!.reason).toBe('[专业] “订单编号”应统一写作“订单号”（客户在订单详情页看到的就是“订单号”。）');
  });

  it('stays quiet on the preferred word', () => {
    expect(phraseFindings('请提供您的订单号，我帮您查询。')).toEqual([]);
  });

  it('checks Q&A steps too', () => {
    const findings = lintContent(withEntry({qa: {answer: '可以退款。', steps: ['核对订单编号。']}})).filter((f) => f.entryId === 'sample-qa');
    expect(findings.map((f) => f.rule)).toEqual(['glossary']);
  });
});

describe('typography (排版, via AutoCorrect)', () => {
  it.each([
    ['请在3天内退回。', '请在 3 天内退回。'],
    ['快递单号是SF1234567890。', '快递单号是 SF1234567890。'],
    ['您好,请稍等。', '您好，请稍等。'],
    ['可享10%的优惠。', '可享 10% 的优惠。'],
  ])('fires on %s', (text, fixed) => {
    const findings = typographyFindings(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({rule: 'typography', line: 1});
    expect(findings[0]!.reason).toBe(`排版：“${text}” 应为 “${fixed}”（中文与英文、数字之间空一格；中文里用全角标点）`);
  });

  it.each(['请在 3 天内退回。', '快递单号是 SF1234567890。', '您好，请稍等。', '订单号：2026112400012345'])('stays quiet on %s', (text) => {
    expect(typographyFindings(text)).toEqual([]);
  });

  it('a template written without spaces passes: rendering adds them', () => {
    const c = withEntry({
      phrase: {placeholders: {amount: {type: 'money'}}, variants: [{tone: '专业', text: '{amount}元将在{policy.refund_days}内退回。'}]},
    });
    expect(lintContent(c)).toEqual([]);
  });

  it('fires on a phrase whose own text breaks the rule', () => {
    expect(phraseFindings('请在3天内寄回。').map((f) => f.rule)).toEqual(['typography']);
  });

  it('checks every Q&A field agents read', () => {
    const findings = lintContent(withEntry({qa: {answer: '可以退款。', conditions: ['3天内申请。'], escalate: '超过7天升级组长。'}})).filter(
      (f) => f.entryId === 'sample-qa',
    );
    expect(findings.map((f) => f.rule)).toEqual(['typography', 'typography']);
  });
});

it('formatFinding names file, line, entry and rule', () => {
  const [finding] = phraseFindings('这个订单不能退款。');
  expect(formatFinding(finding!)).toBe('data/phrases/sample.yaml:3  sample  [生硬拒绝] [专业] 出现“不能”却没有给出替代方案：把“不能做什么”改成“可以怎么做”');
});

describe('promise (无法兑现的承诺)', () => {
  const promises = (text: string) => promiseFindings(text, valid.content.writingRules).map((f) => f.reason.split('”')[0]!.slice(1));

  it.each([
    ['放心，明天一定能到。', '一定能'],
    ['我保证今天给您处理好。', '保证'],
    ['绝对是正品。', '绝对'],
    ['肯定没问题的。', '肯定没问题'],
    ['您不会有任何损失。', '不会有任何损失'],
    ['您放心，钱不会丢的。', '钱不会丢'],
    ['我让快递员优先送您这一件。', '优先送您'],
    ['给您走最快的快递。', '走最快的快递'],
    ['退款已经到账啦，您查收一下。', '已经到账啦'],
  ])('fires on %s', (text, word) => {
    expect(promises(text)).toEqual([word]);
  });

  it.each([
    '快递晚了三天还没到，您一定很着急，我马上帮您催件。',
    '请您一定保留好包装和照片。',
    '退款已退回原支付账户，到账以银行或支付机构为准。',
    '保证金会在活动结束后退回。',
  ])('stays quiet on %s', (text) => {
    expect(promises(text)).toEqual([]);
  });

  it('is checked on phrase variants, Q&A answers and scenarios’ best replies, not on deliberate mistakes', () => {
    expect(phraseFindings('您放心，钱不会丢的，我帮您查。').map((f) => f.rule)).toEqual(['promise']);
    expect(lintContent(withEntry({qa: {answer: '退款已经到账啦，您看一下。'}})).filter((f) => f.entryId === 'sample-qa').map((f) => f.rule)).toEqual(['promise']);
    const c = structuredClone(valid.content);
    const turn = c.scenarios[0]!.turns[0]!;
    turn.options.find((o) => o.best)!.reply = '您放心，钱不会丢的，我帮您查。';
    turn.options.find((o) => !o.best)!.reply = '肯定没问题的。';
    expect(lintContent(c).map((f) => [f.entryId, f.rule])).toEqual([['refund-anxious', 'promise']]);
  });
});

describe('fault-admission (未核实先认错)', () => {
  it('fires on fault admitted before checking, and says what to write instead', () => {
    const [f] = faultFindings('确实是我们的问题，我马上处理。', valid.content.writingRules);
    expect(f!.rule).toBe('fault-admission');
    expect(f!.reason).toMatch(/^“确实是我们的问题”是在核实之前就认定了责任：先说客户遇到了什么、你会核实什么/);
  });

  it('stays quiet on acknowledging the experience', () => {
    expect(faultFindings('让您收到有问题的商品，我马上核实是哪个环节出了问题。', valid.content.writingRules)).toEqual([]);
  });
});

describe('third-person (对客户用了第三人称)', () => {
  const rules = () => valid.content.writingRules;
  it('fires on a standard answer that speaks about the customer instead of to them', () => {
    const [f] = thirdPersonFindings('客户那天不方便的，可以改约。', rules());
    expect(f!.rule).toBe('third-person');
    expect(lintContent(withEntry({qa: {answer: '先帮客户关掉自动续费。'}})).filter((f) => f.entryId === 'sample-qa').map((f) => f.rule)).toEqual(['third-person']);
  });

  it.each(['您那天不方便的，可以改约。', '之前也有客户反映过这个问题，我马上核实。', '库存会释放给其他客户。', '请在客户端的“我的”里查看。'])('stays quiet on %s', (text) => {
    expect(thirdPersonFindings(text, rules())).toEqual([]);
  });

  it('does not read a policy value quoted into the answer (由客户承担)', () => {
    const c = structuredClone(valid.content);
    const fact = c.policies[0]!;
    fact.value = `${fact.value}，运费由客户承担`;
    const q = c.qa[0]!;
    q.answer = `规则是：{policy.${fact.id}}。`;
    expect(lintContent(c).filter((f) => f.entryId === q.id && f.rule === 'third-person')).toEqual([]);
  });
});

describe('tilde (“～” in 亲切 messages)', () => {
  const tone = (tone: '亲切' | '专业', text: string) =>
    lintContent(withEntry({phrase: {variants: [{tone, text}]}})).filter((f) => f.entryId === 'sample').map((f) => f.reason);

  it('allows one “～” in a friendly message', () => {
    expect(tone('亲切', '好的，我这就帮您查～')).toEqual([]);
  });

  it('fires on two', () => {
    expect(tone('亲切', '好的～我这就帮您查～')).toEqual(['[亲切] 一条消息里有 2 个“～”：亲切语气最多用一个，多了显得轻浮']);
  });

  it('fires on any “～” in an apology or bad news, naming the word', () => {
    expect(tone('亲切', '快递公司确认包裹丢了～我马上为您补发。')).toEqual(['[亲切] 消息里有“丢了”，是在道歉或告诉客户坏消息：去掉“～”，用平实的语气说']);
    expect(tone('亲切', '很抱歉让您久等了，我马上为您处理～')).toHaveLength(1);
  });

  it('only 亲切 variants are checked', () => {
    expect(tone('专业', '好的～我这就帮您查～')).toEqual([]);
  });
});

describe('raw-placeholder advice matches what check accepts where the text lives', () => {
  it('a phrase is told to use a declared placeholder; a Q&A answer, a scenario or a page to write the content', () => {
    expect(checkText('请提供XX。', {kind: 'phrase'})[0]!.reason).toMatch(/改成 \{名称\} 形式的占位符/);
    expect(checkText('请提供XX。', {kind: 'qa'})[0]!.reason).toMatch(/问答不能用占位符：写出实际内容/);
    expect(checkText('请提供XX。', {kind: 'scenario'})[0]!.reason).toMatch(/情景是写好的示范对话/);
    expect(checkText('请提供XX。', {kind: 'doc'})[0]!.reason).toMatch(/<Policy id/);
  });

  it('a Q&A answer gets the Q&A advice through lintContent', () => {
    const [f] = lintContent(withEntry({qa: {answer: '请提供【订单号】，我帮您查。'}})).filter((x) => x.entryId === 'sample-qa');
    expect(f!.reason).toMatch(/问答不能用占位符/);
  });
});

describe('glossary: the drifting terms', () => {
  it.each([
    ['进入账户与安全页面修改。', '账户与安全', '账号与安全'],
    ['这个商品支持价保。', '价保', '价格保护'],
    ['可以申请保价。', '保价', '价格保护'],
    ['在订单详情页申请开票。', '申请开票', '申请发票'],
  ])('%s', (text, avoid, preferred) => {
    const reasons = glossaryFindings(text, valid.content).map((f) => f.reason);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(new RegExp(`^“${avoid}”应统一写作“${preferred}”`));
  });
});

describe('lint_ignore (an exception with a reason)', () => {
  it('silences the rule for the entry', () => {
    const c = withEntry({phrase: {variants: [{tone: '亲切', text: '好的～我这就帮您查～'}], lint_ignore: [{rule: 'tilde', reason: '引用客户原话里的语气符号'}]}});
    expect(lintContent(c).filter((f) => f.entryId === 'sample')).toEqual([]);
  });

  it('an exception that silences nothing is reported', () => {
    const c = withEntry({phrase: {variants: [{tone: '亲切', text: '好的，我这就帮您查～'}], lint_ignore: [{rule: 'tilde', reason: '引用客户原话里的语气符号'}]}});
    const [f] = lintContent(c).filter((x) => x.entryId === 'sample');
    expect(f).toMatchObject({rule: 'tilde', file: 'data/phrases/sample.yaml', line: 3});
    expect(f!.reason).toBe('lint_ignore 里““～”用得不当”（tilde）的例外已经用不上了：这里没有这类问题，请删掉这一项（原因是：引用客户原话里的语气符号）');
  });

  it('needs a reason (check)', () => {
    const QA = 'data/qa/refund.yaml';
    const {issues} = loadContent(makeTree({[QA]: `${readValid(QA)}  lint_ignore: [{rule: promise, reason: 好}]\n`}));
    expect(issues.map((i) => [i.path, i.message])).toEqual([['[0].lint_ignore[0].reason', 'reason 写清楚为什么这里可以例外（至少 6 个字）']]);
  });

  it('works in an MDX page’s front matter', () => {
    const page = (fm: string) => [{file: 'docs/sop/x.mdx', text: `---\ntitle: x\n${fm}---\n\n不要说“价保”。\n`}];
    expect(lintDocs(page(''), valid.content).map((f) => [f.line, f.rule])).toEqual([[5, 'glossary']]);
    expect(lintDocs(page('lint_ignore: [{rule: glossary, reason: 这一页讲的就是不该用的词}]\n'), valid.content)).toEqual([]);
  });
});

describe('lines', () => {
  it('a finding points at the line of the field, not the entry, when the root is given', () => {
    const root = makeTree({'data/phrases/reception.yaml': editValid('data/phrases/reception.yaml', '您好，我是客服{agent}，请说。', '您好，我是客服{agent}，请说，我保证帮您办好。')});
    const {content} = loadContent(root);
    const [f] = lintContent(content, {root});
    expect(f).toMatchObject({file: 'data/phrases/reception.yaml', line: 10, rule: 'promise'});
    expect(lintContent(content)[0]!.line).toBe(1);
  });

  it('a typography finding in a Q&A step is at the step’s line, not line 1', () => {
    const QA = 'data/qa/refund.yaml';
    const root = makeTree({[QA]: editValid(QA, '核对订单号和售后单状态。', '核对订单号和售后单状态,再回复。')});
    const {content} = loadContent(root);
    expect(lintContent(content, {root}).map((f) => [f.rule, f.line])).toEqual([['typography', 7]]);
  });

  it('MDX findings keep the file’s own line', () => {
    const [f] = lintDocs([{file: 'docs/a.mdx', text: '---\ntitle: a\n---\n\n# A\n\n第一行。\n\n请在SKU页面核对。\n'}], valid.content);
    expect(f).toMatchObject({file: 'docs/a.mdx', line: 9, rule: 'typography'});
  });
});
