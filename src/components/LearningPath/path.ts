/**
 * The new hire's learning path (新人上手): five days, each with the pages to read, the
 * scenarios to practise and what the new hire can do afterwards. Pages are docs routes
 * (marked read by hand); scenarios count once finished, final-check scenarios once
 * passed. `src/components/LearningPath/path.test.ts` checks every route, title and id.
 */
import type {PracticeResults, ReadPages} from '../../client/progress';
import {KB_ROUTES} from '../../core/views';

export type PathItem =
  | {kind: 'doc'; to: string; title: string; minutes: number}
  | {kind: 'scenario'; id: string; title: string; minutes: number; /** Final check: the score needed to pass. */ pass?: number};

export interface PathDay {
  day: number;
  title: string;
  /** 学完能做到：what the new hire can do afterwards. */
  outcomes: string[];
  items: PathItem[];
}

const doc = (to: string, title: string, minutes: number): PathItem => ({kind: 'doc', to, title, minutes});
const practice = (id: string, title: string, minutes = 5, pass?: number): PathItem => ({kind: 'scenario', id, title, minutes, ...(pass ? {pass} : {})});

export const PASS_SCORE = 80;

export const LEARNING_PATH: PathDay[] = [
  {
    day: 1,
    title: '平台规则与 SOP 总览',
    outcomes: [
      '说出服务五步的顺序，以及每一步要达成什么',
      '记住首次响应、退货、退款等关键时限，知道去哪里查',
      '把速查卡打印出来放在工位上，会用问答手册和话术库找答案',
    ],
    items: [
      doc('/docs/sop', 'SOP 总览', 6),
      doc('/docs/skills/expertise', '专业能力', 5),
      doc('/docs/skills/operations', '落地保障', 6),
      doc('/docs/onboarding/quick-reference', '新人速查卡', 3),
      practice('reception-first-message', '客户只发了一句“在吗”', 3),
    ],
  },
  {
    day: 2,
    title: '服务五步',
    outcomes: [
      '在 30 秒内用规范的开场白接待，引导客户直接说出问题',
      '用开放式加聚焦式提问分清事实、情绪和诉求',
      '先核实再处理，给出两个可选方案并得到客户明确同意',
      '收尾前确认没有其他问题，约好回访时间并做到',
    ],
    items: [
      doc('/docs/sop/reception', '接待', 5),
      doc('/docs/sop/identify', '需求识别', 5),
      doc('/docs/sop/handle', '问题处理', 8),
      doc('/docs/sop/confirm', '方案确认', 5),
      doc('/docs/sop/close', '结束与跟进', 5),
      practice('reception-long-wait', '排队五分钟才接入的客户'),
      practice('identify-not-working', '“东西不好用”到底是哪里不好用'),
      practice('handle-logistics-delay', '物流因天气延误'),
      practice('confirm-two-options', '质量问题：给客户两个方案'),
      practice('close-pending-result', '问题还没解决，客户要下线'),
    ],
  },
  {
    day: 3,
    title: '话术与情绪',
    outcomes: [
      '不用“我理解您的心情”，而是说出客户具体遇到了什么',
      '把“不能”改成“可以怎么做”，重要信息单独成句',
      '用“情绪认同 → 原因归因 → 解决方案”三段式安抚着急的客户',
      '遇到情绪激烈的客户时稳住自己，不把情绪带给下一位客户',
    ],
    items: [
      doc('/docs/skills/wording', '话术技巧', 5),
      doc('/docs/skills/emotion', '情绪管理', 5),
      doc('/docs/onboarding/cases/damaged-gift', '复盘：摔碎的生日礼物', 5),
      doc('/docs/onboarding/cases/delay-promise', '复盘：“明天一定到”', 5),
      practice('soothing-birthday-delay', '孩子生日前快递延误'),
      practice('handle-coupon-stack', '两张优惠券想一起用'),
      practice('identify-allergy', '用了面霜脸上过敏'),
    ],
  },
  {
    day: 4,
    title: '特殊场景',
    outcomes: [
      '高峰期先稳住客户：说明已记录、多久回复、这段时间可以准备什么',
      '面对难缠客户用“事实 + 规则 + 解决方案”回应，不争执',
      '判断什么时候升级主管，交接时让客户不用再说一遍',
    ],
    items: [
      doc('/docs/skills/special', '特殊场景', 5),
      doc('/docs/onboarding/cases/peak-queue', '复盘：双 11 零点的排队', 5),
      doc('/docs/onboarding/cases/used-item-dispute', '复盘：用过的吹风机要退货', 5),
      doc('/docs/onboarding/cases/escalation-handover', '复盘：超出权限的赔偿要求', 5),
      practice('peak-queue', '大促高峰，排队的客户在催'),
      practice('difficult-used-item', '已经用过的商品要求退货'),
      practice('escalation-over-authority', '客户要求的赔偿超出权限'),
    ],
  },
  {
    day: 5,
    title: '实战与结业检测',
    outcomes: [
      '独立走完一次完整的服务五步，不漏核实、不乱承诺',
      `三个结业情景都达到 ${PASS_SCORE} 分，可以开始接待真实客户`,
    ],
    items: [
      doc('/docs/onboarding/cases/address-unchecked', '复盘：没核实就说“改好了”', 5),
      doc('/docs/onboarding/cases/refund-follow-up', '复盘：退款到账的主动回访', 4),
      practice('final-broken-blender', '结业检测：到手就裂的破壁机', 8, PASS_SCORE),
      practice('final-late-gift', '结业检测：老客户的礼物没送到', 8, PASS_SCORE),
      practice('final-refund-dispute', '结业检测：退款迟迟不到账', 8, PASS_SCORE),
    ],
  },
];

export const itemHref = (item: PathItem): string => (item.kind === 'doc' ? item.to : KB_ROUTES.scenario(item.id));

export function isDone(item: PathItem, read: ReadPages, results: PracticeResults): boolean {
  if (item.kind === 'doc') return Boolean(read[item.to]);
  const result = results[item.id];
  return Boolean(result && result.best >= (item.pass ?? 0));
}

export const ALL_ITEMS: {day: PathDay; item: PathItem}[] = LEARNING_PATH.flatMap((day) => day.items.map((item) => ({day, item})));

export interface PathProgress {
  done: number;
  total: number;
  days: {done: number; total: number}[];
  /** The first item not done yet, in path order. */
  next: {day: PathDay; item: PathItem} | null;
}

export function pathProgress(read: ReadPages, results: PracticeResults): PathProgress {
  const days = LEARNING_PATH.map((d) => ({done: d.items.filter((i) => isDone(i, read, results)).length, total: d.items.length}));
  return {
    done: days.reduce((n, d) => n + d.done, 0),
    total: ALL_ITEMS.length,
    days,
    next: ALL_ITEMS.find(({item}) => !isDone(item, read, results)) ?? null,
  };
}

/** Where a page sits on the path (for its 标记为已读 box), or null when it is not on it. */
export function findPage(route: string): {day: PathDay; item: PathItem; after: PathItem | null} | null {
  const clean = route.replace(/\/$/, '');
  const index = ALL_ITEMS.findIndex(({item}) => item.kind === 'doc' && item.to === clean);
  if (index < 0) return null;
  const {day, item} = ALL_ITEMS[index]!;
  return {day, item, after: ALL_ITEMS[index + 1]?.item ?? null};
}

/** Where a scenario sits on the path, with the step after it, or null when it is not on it. */
export function findScenario(id: string): {day: PathDay; item: PathItem & {kind: 'scenario'}; after: PathItem | null} | null {
  const index = ALL_ITEMS.findIndex(({item}) => item.kind === 'scenario' && item.id === id);
  if (index < 0) return null;
  const {day, item} = ALL_ITEMS[index]!;
  return {day, item: item as PathItem & {kind: 'scenario'}, after: ALL_ITEMS[index + 1]?.item ?? null};
}

export type ResultState = 'passed' | 'failed' | 'practised';

/**
 * How a scenario's best score reads in lists: a final check passes or fails against its
 * score (never a green tick for a fail); an ordinary scenario counts once practised.
 */
export function resultBadge(result: {best: number; runs: number}, pass: number | undefined): {state: ResultState; text: string} {
  const tail = `最好 ${result.best} 分 · 练过 ${result.runs} 次`;
  if (pass === undefined) return {state: 'practised', text: `✓ 已练习 · ${tail}`};
  return result.best >= pass
    ? {state: 'passed', text: `✓ 已过关 · ${tail}`}
    : {state: 'failed', text: `✗ 未过关（${pass} 分过关）· ${tail}`};
}

export const totalMinutes = (day: PathDay) => day.items.reduce((n, i) => n + i.minutes, 0);
