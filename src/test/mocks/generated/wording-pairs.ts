/** Test double for @generated/kb-content/default/wording-pairs.json: two fixed pairs. */
import type {WordingPair} from '../../../core/schema';

const pairs: WordingPair[] = [
  {
    id: 'coupon-stack',
    before: '我们的优惠券不能叠加使用。',
    after: '您可以选择其中一张力度最大的优惠券使用，这样能享受到最大的优惠哦～',
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
