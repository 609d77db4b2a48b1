/**
 * A held-out set, written before the ranking model was tuned and never tuned to query by
 * query: messages as customers send them and situations as agents describe them. Each
 * case lists the entries that would be a fitting answer (any of them counts). It is
 * reported by `kb search --eval`, not asserted per query: the engine must earn it through
 * general mechanisms (segmentation, idf, synonyms, bridging), never by special cases.
 */
export type HeldoutKind = 'customer' | 'agent';
export interface HeldoutCase {
  q: string;
  /** `qa:<id>` or `phrase:<id>`; any of them is a hit. */
  expect: string[];
  kind: HeldoutKind;
}

const c = (kind: HeldoutKind, entries: [string, ...string[]][]): HeldoutCase[] =>
  entries.map(([q, ...expect]) => ({q, expect, kind}));

export const HELDOUT: HeldoutCase[] = [
  ...c('customer', [
    ['包裹一周了还在路上', 'qa:logistics-tracking-stuck', 'phrase:logistics-stale', 'qa:logistics-delay-weather', 'phrase:logistics-delay-apology'],
    ['杯子到手就碎了', 'qa:aftersales-damaged', 'phrase:damage-on-arrival', 'phrase:damage-apology-compensation'],
    ['我的钱怎么还没退回来', 'qa:refund-arrival-time', 'phrase:refund-not-received', 'phrase:refund-progress'],
    ['买了三天了还没给我发货', 'qa:logistics-not-shipped', 'phrase:order-ship-delay-apology', 'phrase:order-ship-time'],
    ['你们客服能不能快点回复', 'phrase:peak-late-apology', 'phrase:greeting-late-reply', 'phrase:peak-holding'],
    ['衣服穿了一次就开线了', 'qa:aftersales-quality-defect', 'phrase:quality-exchange'],
    ['收到的鞋子码数不对想换大一号', 'qa:return-size-exchange', 'qa:order-wrong-spec'],
    ['快递员不给送到家门口', 'qa:logistics-no-door-delivery', 'phrase:logistics-urge-courier'],
    ['我没收到货但是显示已经签收了', 'qa:logistics-signed-not-received', 'phrase:logistics-signed-not-received'],
    ['一个订单扣了我两次钱', 'qa:payment-duplicate-charge', 'phrase:payment-duplicate-charge'],
    ['优惠券为什么用不了', 'qa:promotion-coupon-unusable', 'phrase:coupon-threshold', 'phrase:coupon-category-limit'],
    ['我想把收货地址改一下', 'qa:order-change-address', 'phrase:address-change-before-ship', 'phrase:address-change-after-ship'],
    ['刚下单就后悔了不想要了', 'qa:order-cancel', 'phrase:order-cancel'],
    ['发票上的公司名字写错了', 'qa:payment-invoice-change', 'phrase:invoice-reissue'],
    ['手机号换了登录不上去', 'qa:account-change-phone', 'qa:account-login-failed', 'phrase:account-change-phone'],
    ['用了你们的面膜脸上起疹子', 'qa:return-allergy', 'phrase:allergy-return'],
    ['买完第二天就便宜了五十块', 'qa:promotion-price-protect', 'phrase:price-protect'],
    ['寄回去的退货你们收到没有', 'qa:return-after-shipping', 'phrase:refund-progress'],
    ['箱子里少了一个配件', 'qa:aftersales-missing-item', 'phrase:missing-part'],
    ['水果送到的时候已经坏掉了', 'qa:aftersales-fresh-spoiled', 'qa:aftersales-damaged'],
    ['退款只退了一部分是怎么回事', 'qa:refund-amount-less'],
    ['你们是不是把我的电话卖给别人了', 'qa:account-harassment-calls', 'phrase:privacy-request'],
    ['再不处理我就去消协投诉', 'qa:complaint-12315', 'phrase:complaint-ticket-created'],
    ['我要给你们打一星', 'qa:complaint-bad-review-threat', 'phrase:difficult-threat-review'],
    ['这个东西是正品吗会不会买到假的', 'qa:product-authentic', 'qa:complaint-counterfeit', 'phrase:suspect-counterfeit'],
    ['东西用着用着就不亮了还在保修吗', 'qa:aftersales-repair-warranty', 'phrase:warranty-repair', 'phrase:product-warranty'],
    ['我不在家能不能晚点送', 'qa:order-delivery-preference', 'phrase:logistics-extend-receipt'],
  ]),
  ...c('agent', [
    ['客户情绪很激动怎么说', 'phrase:soothing-angry-first', 'phrase:difficult-abusive'],
    ['客户嫌我们太慢要找领导', 'phrase:escalation-customer-asks-supervisor', 'qa:complaint-want-supervisor', 'phrase:escalation-supervisor-handover'],
    ['客户在骂人', 'phrase:difficult-abusive'],
    ['客户半天不回消息', 'phrase:idle-close'],
    ['客户一直问同一个问题', 'phrase:difficult-repeat-question', 'phrase:complaint-repeat-contact'],
    ['客户说要发微博曝光', 'qa:complaint-public-exposure', 'phrase:difficult-threat-review'],
    ['客户要求赔很多钱', 'phrase:difficult-excessive-compensation', 'qa:complaint-demand-compensation'],
    ['客户是老人不会操作手机', 'phrase:elderly-customer-simplify'],
    ['客户只发了一张图片', 'phrase:greeting-image-only'],
    ['客户说之前问过好几次了没人管', 'qa:complaint-repeated-contact', 'phrase:complaint-repeat-contact', 'phrase:greeting-returning-unresolved'],
    ['要把客户转给别的部门', 'phrase:transfer-department', 'phrase:transfer-department-busy'],
    ['客户等了很久才接待', 'phrase:greeting-late-reply', 'phrase:peak-late-apology'],
    ['客户犹豫要不要退', 'phrase:customer-hesitant'],
    ['跟客户确认方案之前复述一遍', 'phrase:solution-recap', 'phrase:clarify-summary'],
    ['告诉客户补偿券发了', 'phrase:compensation-issued'],
    ['客户礼物急着要用', 'phrase:soothing-urgent-deadline'],
    ['让客户拍张照片看看', 'phrase:ask-photos'],
    ['客户不接受我们给的方案', 'phrase:customer-rejects-solution', 'qa:complaint-reject-result'],
    ['客户怀疑我们卖假货', 'phrase:suspect-counterfeit', 'qa:complaint-counterfeit'],
    ['下班时间客户来问', 'phrase:after-hours-reply'],
    ['客户说东西不好用但说不清楚', 'phrase:clarify-open-focused', 'qa:aftersales-vague-not-working'],
  ]),
];

/** Whether a result url is one of the expected entries. */
export const isHeldoutHit = (url: string, expect: string[]) =>
  expect.some((e) => {
    const [kind, id] = e.split(':');
    return kind === 'qa' ? url.includes('/qa/') && (url.endsWith(`#${id}`) || url.endsWith(`/${id}`)) : url.endsWith(`/phrases/${id}`);
  });
