import {describe, expect, it} from 'vitest';
import type {Placeholder} from './schema';
import {SITE} from './site';
import {
  BUILTIN_PLACEHOLDERS,
  checkValue,
  ownValue,
  templateBraceProblems,
  formatPolicy,
  joinSpaced,
  parseTemplate,
  placeholderNames,
  policyRefs,
  renderPolicies,
  renderTemplate,
  RAW_PLACEHOLDER_RE,
} from './template';

const policies = {
  refund_days: {value: 3, unit: '天'},
  refund_rule: {value: '原路退回', unit: ''},
  discount: {value: 10, unit: '%'},
};

describe('parseTemplate', () => {
  it('splits text, placeholders and policy references', () => {
    expect(parseTemplate('订单{order_no}将在{policy.refund_days}内退款')).toEqual([
      {kind: 'text', value: '订单'},
      {kind: 'placeholder', name: 'order_no'},
      {kind: 'text', value: '将在'},
      {kind: 'policy', id: 'refund_days'},
      {kind: 'text', value: '内退款'},
    ]);
  });

  it('reads hyphenated policy ids', () => {
    expect(parseTemplate('{policy.return-window}')).toEqual([{kind: 'policy', id: 'return-window'}]);
  });

  it('leaves braces that are not a placeholder as text', () => {
    expect(parseTemplate('请提供{订单号}')).toEqual([{kind: 'text', value: '请提供{订单号}'}]);
    expect(parseTemplate('{Order}')).toEqual([{kind: 'text', value: '{Order}'}]);
  });

  it('text without placeholders is one token; empty text is none', () => {
    expect(parseTemplate('您好')).toEqual([{kind: 'text', value: '您好'}]);
    expect(parseTemplate('')).toEqual([]);
  });

  it('lists placeholder names and policy ids once each, in order', () => {
    const t = '{customer}您好，订单{order_no}（{order_no}）{policy.refund_days}内{policy.refund_rule}，{policy.refund_days}';
    expect(placeholderNames(t)).toEqual(['customer', 'order_no']);
    expect(policyRefs(t)).toEqual(['refund_days', 'refund_rule']);
  });
});

describe('joinSpaced (the typography rule)', () => {
  it.each([
    ['订单', '2026', '订单 2026'],
    ['2026', '已发货', '2026 已发货'],
    ['快递', 'SF123', '快递 SF123'],
    ['10%', '的优惠', '10% 的优惠'],
    ['订单', '：', '订单：'],
    ['您好，', '2026', '您好，2026'],
    ['订单 ', '2026', '订单 2026'],
    ['张女士', '您好', '张女士您好'],
    ['', '2026', '2026'],
    ['订单', '', '订单'],
  ])('%s + %s → %s', (a, b, out) => {
    expect(joinSpaced(a, b)).toBe(out);
  });
});

describe('formatPolicy', () => {
  it.each([
    [{value: 7, unit: '天'}, '7 天'],
    [{value: 24, unit: '小时'}, '24 小时'],
    [{value: 20, unit: '元'}, '20 元'],
    [{value: 10, unit: '%'}, '10%'],
    [{value: '原路退回', unit: ''}, '原路退回'],
    [{value: 'T+1', unit: '个工作日'}, 'T+1 个工作日'],
  ])('%o → %s', (fact, out) => {
    expect(formatPolicy(fact)).toBe(out);
  });
});

describe('renderTemplate', () => {
  it('fills placeholders and policies with the spacing rule at every seam', () => {
    const r = renderTemplate('订单{order_no}的{amount}元退款将在{policy.refund_days}内{policy.refund_rule}。', {
      values: {order_no: '2026112400012345', amount: '19.90'},
      policies,
    });
    expect(r.text).toBe('订单 2026112400012345 的 19.90 元退款将在 3 天内原路退回。');
    expect(r.missing).toEqual([]);
  });

  it('does not add a space next to Chinese values or punctuation', () => {
    const r = renderTemplate('{customer}，您的{product}已发货', {values: {customer: '张女士', product: '保温杯'}});
    expect(r.text).toBe('张女士，您的保温杯已发货');
  });

  it('keeps the space an editor already wrote, without doubling it', () => {
    expect(renderTemplate('订单 {order_no} 已发货', {values: {order_no: '2026112400012345'}}).text).toBe('订单 2026112400012345 已发货');
  });

  it('trims values and treats blank ones as missing', () => {
    const r = renderTemplate('订单{order_no}，{customer}', {values: {order_no: '  2026112400012345 ', customer: '   '}});
    expect(r.text).toBe('订单 2026112400012345，{customer}');
    expect(r.missing).toEqual(['customer']);
  });

  it('lists each missing placeholder once, in order, and marks it in the segments', () => {
    const r = renderTemplate('{customer}您好，订单{order_no}（{customer}）', {values: {}});
    expect(r.missing).toEqual(['customer', 'order_no']);
    expect(r.text).toBe('{customer}您好，订单{order_no}（{customer}）');
    expect(r.segments).toEqual([
      {kind: 'missing', name: 'customer'},
      {kind: 'text', value: '您好，订单'},
      {kind: 'missing', name: 'order_no'},
      {kind: 'text', value: '（'},
      {kind: 'missing', name: 'customer'},
      {kind: 'text', value: '）'},
    ]);
  });

  it('marks filled values in the segments', () => {
    expect(renderTemplate('订单{order_no}', {values: {order_no: '2026112400012345'}}).segments).toEqual([
      {kind: 'text', value: '订单'},
      {kind: 'filled', name: 'order_no', value: '2026112400012345'},
    ]);
  });

  it('reports an unknown policy as missing and keeps its reference visible', () => {
    const r = renderTemplate('{policy.nope}内到账', {policies});
    expect(r.text).toBe('{policy.nope}内到账');
    expect(r.missing).toEqual(['policy.nope']);
    expect(r.segments[0]).toEqual({kind: 'missing', name: 'policy.nope'});
  });

  it('renders a policy with a percent unit without a space before it, and with one after it', () => {
    expect(renderTemplate('可享{policy.discount}的优惠', {policies}).text).toBe('可享 10% 的优惠');
  });
});

describe('renderPolicies', () => {
  it('fills policy facts only; placeholders stay for the agent', () => {
    expect(renderPolicies('订单{order_no}将在{policy.refund_days}内{policy.refund_rule}', policies)).toBe('订单{order_no}将在 3 天内原路退回');
  });

  it('leaves unknown policies visible', () => {
    expect(renderPolicies('{policy.nope}内', policies)).toBe('{policy.nope}内');
  });
});

describe('RAW_PLACEHOLDER_RE', () => {
  it.each(['{订单号}', '｛订单号｝', '[[order]]', '{{order_no}}'])('catches %s', (t) => {
    expect(RAW_PLACEHOLDER_RE.test(t)).toBe(true);
  });
  it('passes plain text', () => {
    expect(RAW_PLACEHOLDER_RE.test('订单 2026112400012345 已发货')).toBe(false);
  });
});

describe('checkValue', () => {
  const rules = {orderNoPattern: SITE.orderNoPattern, trackingNoPattern: SITE.trackingNoPattern};
  const ph = (type: Placeholder['type'], extra: Partial<Placeholder> = {}): Placeholder => ({type, ...extra});

  it('every placeholder is required, named by its label', () => {
    expect(checkValue(ph('order_no'), undefined, rules)).toBe('请填写订单号');
    expect(checkValue(ph('money'), '   ', rules)).toBe('请填写金额（元）');
    expect(checkValue(ph('text', {label: '缺少的配件'}), '', rules)).toBe('请填写缺少的配件');
  });

  it('rejects braces in any value', () => {
    expect(checkValue(ph('product'), '{product}', rules)).toBe('商品名称里不能带 { } 这类符号，请填写实际内容');
  });

  describe('order_no: 16 to 20 digits', () => {
    it.each(['2026112400012345', '20261124000123456789', ' 2026112400012345 '])('accepts %j', (v) => {
      expect(checkValue(ph('order_no'), v, rules)).toBeNull();
    });
    it.each(['202611240001234', '202611240001234567890', '2026-1124-0001-2345', 'DD2026112400012345'])('rejects %j', (v) => {
      expect(checkValue(ph('order_no'), v, rules)).toBe('订单号格式不对：应为 16 到 20 位数字');
    });
  });

  describe('tracking_no: 8 to 24 letters or digits', () => {
    it.each(['SF1234567890', 'YT12345678', '1234567890123456789012AB'])('accepts %j', (v) => {
      expect(checkValue(ph('tracking_no'), v, rules)).toBeNull();
    });
    it.each(['SF12345', 'SF-1234567890', '顺丰1234567890', 'A'.repeat(25)])('rejects %j', (v) => {
      expect(checkValue(ph('tracking_no'), v, rules)).toBe('快递单号格式不对：应为 8 到 24 位字母或数字');
    });
  });

  describe('money: more than 0, at most two decimals', () => {
    it.each(['20', '19.9', '19.90', '0.01', '9999999'])('accepts %j', (v) => {
      expect(checkValue(ph('money'), v, rules)).toBeNull();
    });
    it.each(['0', '0.00', '-5', '19.999', '01', '1,000', '20元', '¥20', '十元', '10000000'])('rejects %j', (v) => {
      expect(checkValue(ph('money'), v, rules)).toBe('金额（元）格式不对：请填写大于 0 的数字，最多两位小数（例如 20 或 19.90）');
    });
    it('uses the label in the message', () => {
      expect(checkValue(ph('money', {label: '退款金额'}), 'abc', rules)).toMatch(/^退款金额格式不对/);
    });
  });

  describe.each(['datetime', 'product', 'customer_title', 'text', 'agent_name', 'platform_name'] as const)('%s: free text up to 200 characters', (type) => {
    it('accepts ordinary text', () => {
      expect(checkValue(ph(type), '明天下午 3 点', rules)).toBeNull();
    });
    it('rejects more than 200 characters', () => {
      expect(checkValue(ph(type, {label: '内容'}), '字'.repeat(201), rules)).toBe('内容太长了，请控制在 200 字以内');
      expect(checkValue(ph(type), '字'.repeat(200), rules)).toBeNull();
    });
  });

  it('the order-number rule comes from the site settings', () => {
    expect(checkValue(ph('order_no'), 'A1', {orderNoPattern: '^A\\d$', trackingNoPattern: '.*'})).toBeNull();
  });
});

describe('names that are also Object.prototype properties', () => {
  // `{toString}` and `{__proto__}` are not placeholder names at all (templateBraceProblems reports them).
  it('{constructor} and {policy.constructor} render as missing instead of crashing', () => {
    const {text, missing} = renderTemplate('订单{constructor}按{policy.constructor}发货', {values: {}, policies: {}});
    expect(missing).toEqual(['constructor', 'policy.constructor']);
    expect(text).toBe('订单{constructor}按{policy.constructor}发货');
    expect(renderPolicies('见{policy.constructor}', {})).toBe('见{policy.constructor}');
  });

  it('ownValue reads own properties only', () => {
    expect(ownValue({a: 1}, 'a')).toBe(1);
    expect(ownValue({a: 1}, 'constructor')).toBeUndefined();
    expect(ownValue(undefined, 'a')).toBeUndefined();
    expect(Object.hasOwn(BUILTIN_PLACEHOLDERS, 'constructor')).toBe(false);
    expect(BUILTIN_PLACEHOLDERS['toString']).toBeUndefined();
  });
});

describe('templateBraceProblems', () => {
  it('valid placeholders and policy references are not problems', () => {
    expect(templateBraceProblems('您好{customer_title}，订单{order_no}在{policy.ship_within_hours}内发出，退款{policy.refund-days}到账。')).toEqual([]);
  });

  it.each([
    ['订单{order_no已发货', '{order_no', '改为 {order_no}'],
    ['订单{{order_no}}已发货', '{{order_no}}', '改为 {order_no}（只用一对花括号）'],
    ['订单{订单号}已发货', '{订单号}', '改为 {order_no}，并在 placeholders 中声明 order_no'],
    ['客服{客服}为您服务', '{客服}', '改为 {agent}（自动填入，无需声明）'],
    ['订单{ order_no }已发货', '{ order_no }', '改为 {order_no}'],
    ['订单{Order_No}已发货', '{Order_No}', '改为 {order_no}'],
    ['见{policy.}', '{policy.}', '写成 {policy.<id>}，id 见 data/policies/，例如 {policy.return_window_days}'],
    ['{policy.return_window_days', '{policy.return_window_days', '改为 {policy.return_window_days}'],
    ['订单｛order_no｝已发货', '｛order_no｝', '改为半角的 {order_no}'],
    ['订单order_no}已发货', '}', '删除这个「}」，或在占位符名前补上 {（占位符写作 {name}（小写英文字母、数字和 _，以字母开头），政策写作 {policy.<id>}）'],
    ['空的{}', '{}', '在花括号里写上占位符名，例如 {order_no}；不需要就删除（占位符写作 {name}（小写英文字母、数字和 _，以字母开头），政策写作 {policy.<id>}）'],
  ])('%s', (source, found, fix) => {
    const problems = templateBraceProblems(source);
    expect(problems.map((p) => [p.found, p.fix])).toEqual([[found, fix]]);
  });

  it('reports every problem in one text, in order', () => {
    expect(templateBraceProblems('{a {{b}} {c}').map((p) => p.found)).toEqual(['{a', '{{b}}']);
  });
});
