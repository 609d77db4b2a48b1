/**
 * Rules on the facts themselves: a total equals its parts (sum_of), a bounded fact is
 * quoted with its bound (quote_with), the basis as pages show it, and the basis required
 * by the schema. Run through loadContent on the valid fixture with one file changed.
 */
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {editValid, makeTree, readValid, removeTrees} from './__fixtures__/tree';
import {formatBasis} from './facts';
import {loadContent} from './load';
import {toQaView} from './views';

afterAll(() => removeTrees());
const POLICIES = 'data/policies/refund.yaml';
const PHRASES = 'data/phrases/reception.yaml';

const extra = `- id: inspect_hours
  label: 验货时限
  value: 48
  unit: 小时
  basis: [platform]
- id: issue_hours
  label: 发起退款时限
  value: 24
  unit: 小时
  basis: [platform]
- id: clock_hours
  label: 签收到发起退款
  value: 72
  unit: 小时
  basis: [platform]
  sum_of: [inspect_hours, issue_hours]
- id: bonus_percent
  label: 补偿券比例
  value: 10
  unit: '%'
  basis: [platform]
  quote_with: [cap_yuan]
- id: cap_yuan
  label: 补偿权限
  value: 50
  unit: 元
  basis: [platform]
`;

describe('sum_of', () => {
  it('passes when the total equals its parts', () => {
    expect(loadContent(makeTree({'data/policies/clock.yaml': extra})).issues).toEqual([]);
  });

  it('names both sides and the fix when a part changes alone', () => {
    const {issues} = loadContent(makeTree({'data/policies/clock.yaml': extra.replace('value: 48', 'value: 72')}));
    expect(issues).toEqual([
      {
        file: 'data/policies/clock.yaml',
        line: 16,
        column: 11,
        path: '[2].sum_of',
        entryId: 'clock_hours',
        message: '签收到发起退款是 72 小时，但 inspect_hours + issue_hours = 96 小时',
        fix: '把 value 改为 96，或调整 inspect_hours、issue_hours，让总数和各段一致',
      },
    ]);
  });
});

describe('quote_with', () => {
  it('a text quoting the bounded fact without its bound is reported; with it, it passes', () => {
    const bad = editValid(PHRASES, '您好，我是客服{agent}，请说。', '您好，我是客服{agent}，给您订单金额{policy.bonus_percent}的补偿券。');
    const {issues} = loadContent(makeTree({'data/policies/clock.yaml': extra, [PHRASES]: bad}));
    expect(issues.map((i) => [i.file, i.path, i.message])).toEqual([
      [PHRASES, '[0].variants[2].text', '引用了“补偿券比例”（bonus_percent），却没有同时写出 “补偿权限”（cap_yuan）'],
    ]);
    const good = editValid(PHRASES, '您好，我是客服{agent}，请说。', '您好，我是客服{agent}，给您订单金额{policy.bonus_percent}、最高{policy.cap_yuan}的补偿券。');
    expect(loadContent(makeTree({'data/policies/clock.yaml': extra, [PHRASES]: good})).issues).toEqual([]);
  });

  it('is checked line by line in MDX', () => {
    const {issues} = loadContent(
      makeTree({'data/policies/clock.yaml': extra, 'docs/sop/close.md': '---\ntitle: close\n---\n\n补偿 <Policy id="bonus_percent" /> 的券。\n'}),
    );
    expect(issues.map((i) => [i.file, i.line, i.message])).toEqual([['docs/sop/close.md', 5, '引用了“补偿券比例”（bonus_percent），却没有同时写出 “补偿权限”（cap_yuan）']]);
  });
});

describe('basis', () => {
  it('is required, and says how to write it', () => {
    const {issues} = loadContent(makeTree({[POLICIES]: readValid(POLICIES).replace('  basis: [platform]\n', '')}));
    expect(issues.map((i) => [i.path, i.message])).toEqual([['[1].basis', '缺少必填字段 basis']]);
  });

  it('a law is written with 《》 and a Chinese article number; anything else is platform', () => {
    const fixOf = (to: string) =>
      loadContent(makeTree({[POLICIES]: editValid(POLICIES, '[{law: 《消费者权益保护法》, article: 第二十五条}]', to)})).issues.map((i) => i.fix);
    expect(fixOf('[{law: 消费者权益保护法, article: 第二十五条}]')).toEqual(['法规名称要带书名号，例如 《消费者权益保护法》']);
    expect(fixOf('[{law: 《消费者权益保护法》, article: 第25条}]')).toEqual(['条款要写成“第六条”“第二十五条”这样的中文条号']);
    expect(fixOf('[platfrom]')).toEqual(['可选值：platform']);
  });

  it('is shown as 依据 on the Q&A view, for the facts the entry relies on', () => {
    const {content} = loadContent(makeTree({}));
    const view = toQaView(content.qa[0]!, content.policies);
    expect(view.policyFacts).toEqual([
      {id: 'refund_days', label: '退款到账时间', display: '3 天', basis: ['《消费者权益保护法》第二十五条']},
      {id: 'refund_rule', label: '退款方式', display: '原路退回', basis: ['平台规则']},
    ]);
    expect(view.basis).toEqual(['《消费者权益保护法》第二十五条', '平台规则']);
  });

  it('formatBasis', () => {
    expect(formatBasis(['platform', {law: '《民法典》', article: '第五百八十七条'}, {law: '《明码标价和禁止价格欺诈规定》'}])).toEqual([
      '平台规则',
      '《民法典》第五百八十七条',
      '《明码标价和禁止价格欺诈规定》',
    ]);
  });
});

describe('compensation authority', () => {
  const policies = `${extra}- id: agent_compensation_cap_yuan
  label: 一线客服单次补偿权限
  value: 50
  unit: 元
  basis: [platform]
- id: damage_coupon_yuan
  label: 破损补偿券
  value: 20
  unit: 元
  basis: [platform]
`;
  const page = (line: string) => makeTree({'data/policies/clock.yaml': policies, 'docs/sop/close.md': `---\ntitle: close\nstory_numbers: [20 元, 200 元]\n---\n\n${line}\n`});
  const messages = (line: string) => loadContent(page(line)).issues.map((i) => i.message);

  it('a sentence that states another amount as the limit contradicts the fact, even as a story number', () => {
    expect(messages('一线客服的补偿权限是 20 元券。客户要 200 元。')).toEqual(['这句话把“20 元”说成了补偿权限（“一线客服的补偿权限是 20 元券”），而一线客服的补偿权限是 50 元（agent_compensation_cap_yuan）']);
    expect(messages('权限是 <Policy id="damage_coupon_yuan" />。另外 20 元和 200 元都出现了。')).toEqual([
      '这句话把“20 元”说成了补偿权限（“权限是 {policy.damage_coupon_yuan}”），而一线客服的补偿权限是 50 元（agent_compensation_cap_yuan）',
    ]);
  });

  it('the fact itself, and an amount said to exceed the limit, are fine', () => {
    expect(messages('一线客服的补偿权限是 <Policy id="agent_compensation_cap_yuan" />；20 元的券随时可以发。200 元补偿超出一线权限，交给组长。')).toEqual([]);
  });
});

describe('contradicted_by', () => {
  const policies = `${extra}- id: stack_rule
  label: 优惠券叠加规则
  value: 一张店铺券和一张平台券可以同时用
  basis: [platform]
  contradicted_by:
    - pattern: 选(?:择)?(?:其中)?(?:一张)?力度最大的(?:那张|一张)?(?:优惠券)?(?:用|使用)
      why: 店铺券和平台券可以各用一张
`;
  const SCEN = 'data/scenarios/refund.yaml';

  it('a wording that contradicts a fact is reported with the fact and why', () => {
    const bad = editValid(PHRASES, '您好，我是客服{agent}，请说。', '您好，我是客服{agent}，您选力度最大的那张用就好。');
    const {issues} = loadContent(makeTree({'data/policies/clock.yaml': policies, [PHRASES]: bad}));
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['[0].variants[2].text', '“选力度最大的那张用”与政策“优惠券叠加规则”（stack_rule）矛盾：店铺券和平台券可以各用一张'],
    ]);
  });

  it('a scenario’s deliberate mistake and the customer’s own words are not reported; its best reply is', () => {
    const scen = readValid(SCEN);
    const best = /- reply: (.+)\n\s+best: true/.exec(scen)![1]!;
    const wrong = /- reply: (.+)\n\s+mistake:/.exec(scen)![1]!;
    const customer = /customer: (.+)/.exec(scen)![1]!;
    const said = '选力度最大的那张用';
    const onlyMistake = scen.replace(wrong, `${said}。`).replace(customer, `是不是${said}？`);
    expect(loadContent(makeTree({'data/policies/clock.yaml': policies, [SCEN]: onlyMistake})).issues).toEqual([]);
    const inBest = scen.replace(best, `${said}。`);
    expect(loadContent(makeTree({'data/policies/clock.yaml': policies, [SCEN]: inBest})).issues.map((i) => i.path)).toEqual(['[0].turns[0].options[0].reply']);
  });

  it('the real facts declare what the review found wrong', {timeout: 60_000}, () => {
    const {content} = loadContent(path.resolve(__dirname, '../..'));
    const said = (text: string) => content.policies.filter((p) => p.contradicted_by.some((k) => new RegExp(k.pattern).test(text))).map((p) => p.id);
    expect(said('商品未使用、包装完好就可以退')).toEqual(['return_intact_rule']);
    expect(said('商品影响二次销售时无法退换')).toEqual(['return_intact_rule']);
    expect(said('您可以选择其中一张力度最大的优惠券使用')).toEqual(['coupon_stack_rule']);
    expect(said('快递上门取旧壶，同时发新壶')).toEqual(['exchange_ship_rule']);
    expect(said('原发票会自动作废')).toEqual(['invoice_correction_rule']);
    expect(said('电子发票不能作废，开错的会红冲')).toEqual([]);
    expect(said('核实身份：请提供注册手机号后四位')).toEqual(['identity_check_rule']);
    expect(said('请把收到的验证码告诉我')).toEqual(['identity_check_rule']);
    expect(said('需要一份医院的诊断证明才能退')).toEqual(['allergy_return_rule']);
    expect(said('商家缺货的，定金全额退还')).toEqual(['presale_deposit_rule']);
    expect(said('系统原因订单无效')).toEqual(['order_contract_rule']);
    expect(said('好评返现 5 元')).toEqual(['good_review_cashback_rule']);
    expect(said('拒收的话运费险会赔')).toEqual(['freight_insurance_rule']);
  });
});

describe('misquoted_in', () => {
  const policies = `${extra}- id: window_days
  label: 无理由退货时限
  value: 7
  unit: 天
  basis: [platform]
  misquoted_in:
    - pattern: ^(?!.*无理由).*(?:质量问题|三包)
      why: 三包是另一套时限
`;
  const page = (line: string) =>
    loadContent(makeTree({'data/policies/clock.yaml': policies, 'docs/sop/close.md': `---\ntitle: close\n---\n\n${line}\n`})).issues.map((i) => i.message);

  it('a 三包 sentence quoting the no-reason window is reported; a no-reason sentence is not', () => {
    expect(page('质量问题 <Policy id="window_days" />内可退。')).toEqual([
      '这句话引用了“无理由退货时限”（window_days），但说的不是这条规则（“质量问题 <Policy id="window_days" />内可退”）：三包是另一套时限',
    ]);
    expect(page('签收后 <Policy id="window_days" />内可以无理由退货；质量问题另算。')).toEqual([]);
  });
});
