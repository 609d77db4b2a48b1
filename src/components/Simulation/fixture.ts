/** A small branching scenario for the engine and component tests. */
import {scenarioSchema, type Scenario} from '../../core/scenario';

export const FIXTURE: Scenario = scenarioSchema.parse({
  id: 'fixture',
  title: '测试情景',
  stage: 'reception',
  profile: {type: '急躁型客户', description: '赶时间。'},
  situation: '客户等了很久。',
  takeaway: '先道歉再进入正题。',
  turns: [
    {
      id: 'first',
      mood: '不满',
      customer: '等了五分钟！',
      options: [
        {reply: '让您久等了，我马上查。', best: true, feedback: '开场引导：道歉并进入正题。', doc: '/docs/sop/reception', next: 'last'},
        {reply: '非常理解您的心情。', mistake: 'template_empathy', feedback: '具体共情：说出客户的遭遇。', doc: '/docs/skills/wording', next: 'angry'},
        {reply: '现在人多，请理解。', mistake: 'blame_customer', feedback: '不指责客户：先解决问题。', doc: '/docs/skills/emotion', phrase: 'greeting-late-reply', next: 'angry'},
      ],
    },
    {
      id: 'angry',
      mood: '愤怒',
      customer: '又是套话！',
      options: [
        {reply: '抱歉，订单我正在查，1 分钟内回复。', best: true, feedback: '少说多做：直接行动。', doc: '/docs/skills/emotion'},
        {reply: '您别激动。', mistake: 'blame_customer', feedback: '情绪隔离：不要求客户冷静。', doc: '/docs/skills/emotion'},
        {reply: '今天一定发货！', mistake: 'over_promise', feedback: '承诺要可兑现：先核实。', doc: '/docs/skills/expertise'},
      ],
    },
    {
      id: 'last',
      mood: '着急',
      customer: '查到没？',
      options: [
        {reply: '查到了，后天到仓，当天发出。', best: true, feedback: '方案确认：给时间。', doc: '/docs/sop/confirm'},
        {reply: '没办法，只能等。', mistake: 'bare_refusal', feedback: '负面词汇转化：说能怎么做。', doc: '/docs/skills/wording'},
        {reply: '明天一定发！', mistake: 'over_promise', feedback: '承诺要可兑现：别保证。', doc: '/docs/skills/expertise'},
      ],
    },
  ],
});
