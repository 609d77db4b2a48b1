/**
 * Test double for @generated/kb-content/default/phrases.json: a small fixed set of
 * phrases (validated with the real schema, rendered with the real view function), so
 * component tests do not change when the content team edits data/phrases/.
 */
import {phraseSchema} from '../../../core/schema';
import {toPhraseView} from '../../../core/views';

const raw = [
  {
    id: 'greeting-standard',
    title: '标准开场白',
    stage: 'reception',
    tags: ['开场', '问候'],
    variants: [
      {tone: '亲切', channel: '在线聊天', text: '您好呀～我是{platform}的客服{agent}，请问有什么可以帮您的吗？'},
      {tone: '专业', channel: '在线聊天', text: '您好，我是{platform}客服{agent}，很高兴为您服务。'},
      {tone: '简洁', channel: '在线聊天', text: '您好，我是客服{agent}。'},
      {tone: '专业', channel: '电话', text: '您好，{platform}客服中心，我是{agent}，请问有什么可以帮您？'},
    ],
  },
  {
    id: 'greeting-returning-order',
    title: '客户已发订单号时的开场',
    stage: 'reception',
    category: 'order',
    tags: ['开场', '订单号'],
    placeholders: {order_no: {type: 'order_no'}},
    variants: [
      {tone: '亲切', text: '您好呀～收到您的订单{order_no}啦，我马上帮您查看，请稍等一下哦～'},
      {tone: '专业', text: '您好，已收到订单{order_no}，正在为您查询，请稍候。'},
      {tone: '简洁', text: '收到订单{order_no}，正在查询，请稍等。'},
    ],
  },
  {
    id: 'logistics-delay',
    title: '物流延误说明',
    stage: 'handle',
    category: 'logistics',
    scenario: 'soothing',
    tags: ['物流', '延误', '解决方案'],
    placeholders: {
      order_no: {type: 'order_no'},
      arrive: {type: 'datetime', format: 'date', label: '预计送达日期'},
      tracking_no: {type: 'tracking_no', example: 'SF1234567890'},
    },
    variants: [
      {tone: '亲切', channel: '在线聊天', text: '您的订单{order_no}因天气原因延误了，我们已联系快递加急，预计{arrive}送达，快递单号{tracking_no}～'},
      {tone: '专业', text: '订单{order_no}因天气原因延误，已联系快递加急处理，预计{arrive}送达，快递单号{tracking_no}。'},
      {tone: '简洁', channel: '短信', text: '【{platform}】订单{order_no}预计{arrive}送达，单号{tracking_no}。'},
    ],
  },
  {
    id: 'compensation-coupon',
    title: '补偿优惠券',
    stage: 'confirm',
    category: 'complaint',
    tags: ['补偿', '优惠券'],
    placeholders: {amount: {type: 'money', label: '券面额（元）'}, deadline: {type: 'datetime', format: 'time', label: '到账时间'}},
    variants: [{tone: '亲切', text: '我为您申请了{amount}元的优惠券作为补偿，今天{deadline}前到账哦～'}],
  },
  {
    id: 'empathy-delay',
    title: '认同等待的着急',
    stage: 'handle',
    scenario: 'soothing',
    tags: ['情绪认同'],
    variants: [{tone: '亲切', text: '我能感受到您现在的着急'}],
  },
  {
    id: 'cause-delay',
    title: '说明延误原因',
    stage: 'handle',
    scenario: 'soothing',
    tags: ['原因归因'],
    variants: [{tone: '亲切', text: '因为快递延误确实会影响您的使用计划'}],
  },
  {
    id: 'closing-thanks',
    title: '礼貌收尾',
    stage: 'close',
    tags: ['结束', '感谢'],
    variants: [
      {tone: '亲切', text: '感谢您的耐心沟通～祝您生活愉快，购物顺心哦～'},
      {tone: '专业', text: '感谢您的耐心，祝您生活愉快。'},
    ],
  },
];

export default raw.map((p) => toPhraseView(phraseSchema.parse(p), []));
