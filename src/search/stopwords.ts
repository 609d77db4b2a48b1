/**
 * Frame words: the words a customer or an agent wraps a request in (怎么、还没、能不能、
 * 吗、了、呢、一下、你们、客户、我、的…). They are data, not rules: the engine gives a
 * query word on this list almost no weight and never requires it; every other word is
 * weighed by its inverse document frequency. Keep the list short and general: a word
 * that names a problem (退款, 破损, 慢) never belongs here.
 */
export const STOP_WORDS: readonly string[] = [
  // particles and function words
  '的', '了', '吗', '呢', '吧', '啊', '呀', '嘛', '哦', '哈', '呗', '啦', '么', '着', '过', '得', '地', '之',
  '就', '在', '还', '也', '都', '又', '很', '太', '才', '再', '更', '最', '挺', '好多', '一些', '有点', '一点',
  '把', '被', '给', '让', '跟', '和', '与', '或', '或者', '及', '而且', '但是', '可是', '不过', '然后', '所以', '因为', '如果',
  '这', '那', '这个', '那个', '这样', '那样', '这么', '那么', '这种', '这边', '那边', '个', '一个', '一下', '下', '上', '里', '中',
  // intensifiers and bare negation around the real words (压根没有, 根本穿不了)
  '没有', '根本', '压根', '死活', '简直', '真的', '实在', '完全', '不了', '一点都',
  // greetings and thanks around a request
  '你好', '您好', '在吗', '在不在', '在么', '谢谢', '多谢', '麻烦了',
  // people in the conversation
  '我', '你', '您', '他', '她', '它', '们', '我们', '你们', '他们', '咱们', '我的', '你的', '您的', '自己', '人家',
  '客户', '顾客', '客人', '买家', '用户', '这位', '对方', '亲', '亲亲',
  // question and request frames
  '怎么', '怎么办', '怎么样', '怎样', '如何', '什么', '为什么', '为啥', '啥', '咋', '咋办', '哪', '哪里', '哪个', '多少',
  '能', '能不能', '可以', '可不可以', '行不行', '是不是', '会不会', '有没有', '要不要', '请问', '请', '麻烦', '帮我', '帮忙',
  '想', '要', '想要', '需要', '应该', '是', '有', '说', '问', '问下', '问一下', '一直', '已经', '还没', '还是', '到底', '现在', '刚才',
  // the same frames as typed online (木有 = 没有, 神马 = 什么, 肿么 = 怎么)
  '木有', '神马', '肿么', '咋整', '咋弄',
];

/**
 * Words for the customer in the third person. Customers do not use them about themselves;
 * a query holding one is an agent describing a case (客户要找领导), who wants a reply to send.
 */
export const AGENT_FRAME_WORDS: readonly string[] = ['客户', '顾客', '客人', '买家', '用户', '这位', '对方'];
