/** Test double for @generated/kb-content/default/qa-lite.json: a few fixed entries. */
export default [
  {id: 'refund-arrival-time', question: '退款多久到账？', category: 'refund', stage: 'handle', url: '/qa/refund#refund-arrival-time'},
  {id: 'change-address', question: '下单后能改地址吗？', category: 'order', stage: 'handle', url: '/qa/order#change-address'},
];
