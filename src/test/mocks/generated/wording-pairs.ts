/** Test double for @generated/kb-content/default/wording-pairs.json: two fixed pairs. */
import type {WordingPair} from '../../../core/schema';

const pairs: WordingPair[] = [
  {
    id: 'coupon-stack',
    before: '我们的优惠券不能叠加使用。',
    after: '店铺券和平台券可以各用一张，我帮您算一下怎么搭配最划算。',
    why: '把“不能做什么”换成“可以怎么做”。',
  },
  {
    id: 'no-refund-now',
    before: '现在没办法给您退款。',
    after: '商品退回仓库后，退款会在 24 小时内原路到账。',
    why: '说清楚什么时候可以。',
  },
];

export default pairs;
