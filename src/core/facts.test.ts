/**
 * Rules on the facts themselves: a total equals its parts (sum_of), a bounded fact is
 * quoted with its bound (quote_with), the basis as pages show it, and the basis required
 * by the schema. Run through loadContent on the valid fixture with one file changed.
 */
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
