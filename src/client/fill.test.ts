import {describe, expect, it} from 'vitest';
import {SITE} from '../core/site';
import type {Placeholder} from '../core/schema';
import {checkField, composeTemplates, segmentsText, fieldsFor, fillFromProfile, fillTemplate, formatDateTime, mergePlaceholders, normalizeInput} from './fill';

const profile = {agentName: '小悦', platformName: '悦购商城'};
const rules = SITE;
const orderNo: Placeholder = {type: 'order_no'};

describe('fieldsFor', () => {
  it('lists placeholders in order, profile ones marked, datetime inputs typed by format', () => {
    const fields = fieldsFor('{platform}的{agent}：订单{order_no}预计{day}送达，{at}前', {
      order_no: orderNo,
      day: {type: 'datetime', format: 'date'},
      at: {type: 'datetime', format: 'time', label: '截止时间'},
    });
    expect(fields.map((f) => [f.name, f.fromProfile, f.input, f.label])).toEqual([
      ['platform', true, 'text', '平台名称'],
      ['agent', true, 'text', '客服昵称'],
      ['order_no', false, 'text', '订单号'],
      ['day', false, 'date', '日期'],
      ['at', false, 'time', '截止时间'],
    ]);
  });
});

describe('values', () => {
  it('forgives spaces and full-width digits in numbers, ¥ and 元 around amounts', () => {
    expect(normalizeInput(orderNo, ' 2026 1124 0001 2345 ')).toBe('2026112400012345');
    expect(normalizeInput(orderNo, '２０２６１１２４０００１２３４５')).toBe('2026112400012345');
    expect(normalizeInput({type: 'money'}, '¥19.90元')).toBe('19.90');
  });

  it('formats dates and times the way the typography rule reads them', () => {
    expect(formatDateTime('date', '2026-11-25')).toBe('11 月 25 日');
    expect(formatDateTime('time', '18:00')).toBe('18:00');
    expect(formatDateTime('datetime', '2026-11-25T08:30')).toBe('11 月 25 日 08:30');
    expect(formatDateTime('date', '2026-02-30')).toBeNull();
  });

  it('checks formats with a message that names the field', () => {
    const field = fieldsFor('{order_no}', {order_no: orderNo})[0]!;
    expect(checkField(field, '', rules)).toBe('请填写订单号');
    expect(checkField(field, '123', rules)).toBe('订单号格式不对：应为 16 到 20 位数字');
    expect(checkField(field, '2026112400012345', rules)).toBeNull();
    const date = fieldsFor('{d}', {d: {type: 'datetime', format: 'date', label: '送达日期'}})[0]!;
    expect(checkField(date, '11/25', rules)).toMatch(/^送达日期格式不对/);
    const money = fieldsFor('{m}', {m: {type: 'money'}})[0]!;
    expect(checkField(money, '0', rules)).toMatch(/金额（元）格式不对/);
  });
});

describe('fillTemplate', () => {
  const placeholders = {order_no: orderNo, day: {type: 'datetime', format: 'date'} as Placeholder, amount: {type: 'money'} as Placeholder};
  const template = '{agent}已为订单{order_no}申请{amount}元补偿，预计{day}到账。';

  it('fills from the profile and the form, spacing values by the typography rule', () => {
    const r = fillTemplate(template, {placeholders, profile, rules, values: {order_no: '2026112400012345', amount: '20', day: '2026-11-25'}});
    expect(r.ok).toBe(true);
    expect(r.text).toBe('小悦已为订单 2026112400012345 申请 20 元补偿，预计 11 月 25 日到账。');
  });

  it('is not ok while anything is missing or wrong, and never lets braces through', () => {
    const r = fillTemplate(template, {placeholders, profile, rules, values: {order_no: '123'}});
    expect(r.ok).toBe(false);
    expect(r.blocking).toEqual(['订单号', '金额（元）', '日期']);
    expect(r.segments.filter((s) => s.kind === 'missing').map((s) => s.kind === 'missing' && s.name)).toEqual(['amount', 'day']);
    const braces = fillTemplate('您好{x}', {placeholders: {x: {type: 'text'}}, profile, rules, values: {x: '{order_no}'}});
    expect(braces.ok).toBe(false);
  });

  it('blocks a policy reference that did not resolve', () => {
    const r = fillTemplate('退款{policy.unknown}内到账', {placeholders: {}, profile, rules, values: {}});
    expect(r.ok).toBe(false);
    expect(r.blocking).toEqual(['政策 unknown']);
  });
});

describe('fillFromProfile (the site search copies with it)', () => {
  it('returns text when the profile is enough, the labels to fill otherwise', () => {
    expect(fillFromProfile('您好，我是{platform}的{agent}。', {}, profile, rules)).toEqual({ok: true, text: '您好，我是悦购商城的小悦。'});
    expect(fillFromProfile('订单{order_no}已发货', {order_no: orderNo}, profile, rules)).toEqual({ok: false, needs: ['订单号']});
  });
});

describe('compose', () => {
  it('joins parts and merges their declarations, the first one winning', () => {
    expect(composeTemplates([' 您好。', '', '订单{order_no}已发货。 '])).toBe('您好。\n订单{order_no}已发货。');
    expect(mergePlaceholders({a: orderNo}, {a: {type: 'text'}, b: {type: 'money'}})).toEqual({a: orderNo, b: {type: 'money'}});
  });
});

describe('the preview is the copy', () => {
  it('puts the typography spaces into the preview segments, so both read the same', () => {
    const r = fillTemplate('您好，订单{order_no}的物流已更新，我是{agent}。', {placeholders: {order_no: orderNo}, profile, values: {order_no: '202611290001234567'}, rules});
    expect(r.ok).toBe(true);
    expect(r.text).toBe('您好，订单 202611290001234567 的物流已更新，我是小悦。');
    expect(segmentsText(r.segments)).toBe(r.text);
  });

  it('keeps spaces at seams between text pieces too (a rendered policy value)', () => {
    const r = fillTemplate('付款后{hours}内发出', {placeholders: {hours: {type: 'text'}}, profile, values: {hours: '48 小时'}, rules});
    expect(segmentsText(r.segments)).toBe('付款后 48 小时内发出');
    expect(r.text).toBe(segmentsText(r.segments));
  });

  it('never copies control characters or half an emoji typed into a field', () => {
    const r = fillTemplate('商品：{p}', {placeholders: {p: {type: 'product'}}, profile, values: {p: '杯子\u0007\uD83D'}, rules});
    expect(r.text).toBe('商品：杯子\uFFFD');
    expect(() => encodeURIComponent(r.text)).not.toThrow();
  });
});
