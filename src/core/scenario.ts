/**
 * Scenario simulation (情景模拟): a customer profile, a situation and a conversation in
 * which the trainee picks a reply at each customer turn. Exactly one option per turn
 * follows the SOP; the others make a named mistake. `next` branches to a later turn:
 * a poor reply typically leads to a turn where the customer is angrier. Texts may quote
 * policy facts as `{policy.<id>}`; the practice pages render them like everywhere else.
 */
import {z} from './zod';
import {CHANNELS, idSchema, lintIgnoreSchema, storyNumbersSchema} from './schema';

const text = z.string().trim().min(1, {message: '不能为空'});

export const MISTAKES = {
  template_empathy: '模板化共情',
  bare_refusal: '生硬拒绝',
  no_solution: '没有给出具体方案',
  over_promise: '过度承诺',
  skip_verification: '未核实信息',
  make_repeat: '让客户重复描述',
  closed_question: '封闭式提问',
  no_choice: '替客户做决定',
  blame_customer: '指责客户',
  info_overload: '信息堆砌',
  slow_response: '响应拖延',
  no_escalation: '该升级未升级',
  wrong_rule: '规则用错',
  unchecked_promise: '未核实就承诺',
  missing_step: '漏了关键步骤',
  privacy_breach: '泄露或索要隐私',
  authority_exceeded: '超出权限',
} as const;
export type Mistake = keyof typeof MISTAKES;
const mistakeIds = Object.keys(MISTAKES) as [Mistake, ...Mistake[]];

/**
 * Near-miss mistakes: a reply that sounds as good as the best one (same tone, same length
 * class) but is wrong on substance. Every turn needs at least one, or the turn can be
 * answered by style alone.
 */
export const NEAR_MISS_MISTAKES = ['wrong_rule', 'unchecked_promise', 'missing_step', 'privacy_breach', 'authority_exceeded', 'over_promise', 'skip_verification', 'no_escalation', 'no_choice'] as const satisfies readonly Mistake[];

/** Scenarios are chat conversations unless they are phone calls (spoken turns) or SMS. */
export const SCENARIO_CHANNELS = CHANNELS.filter((c) => c !== '短信') as ['在线聊天', '电话'];

export const PROFILES = ['高价值客户', '投诉倾向客户', '首次购物客户', '老客户', '急躁型客户', '犹豫型客户'] as const;
export const MOODS = ['平静', '疑惑', '着急', '不满', '愤怒'] as const;

export const optionSchema = z
  .strictObject({
    reply: text,
    best: z.boolean().default(false),
    mistake: z.enum(mistakeIds).optional(),
    /** Why this reply works or fails, naming the principle. */
    feedback: text,
    /** The SOP or skill page that teaches the principle, e.g. /docs/skills/wording. */
    doc: z.string().startsWith('/', {message: '应为以 /docs/ 开头的站内路径'}),
    /** The library phrase that would serve here. */
    phrase: idSchema.optional(),
    /** The turn this reply leads to (a later turn's id), or `end`. Default: the next turn. */
    next: z.string().optional(),
  })
  .superRefine((o, ctx) => {
    if (o.best && o.mistake) ctx.addIssue({code: 'custom', path: ['mistake'], message: '最佳回复不应标注 mistake；请删除 mistake，或把 best 改为 false'});
    if (!o.best && !o.mistake) ctx.addIssue({code: 'custom', path: ['mistake'], message: `非最佳回复要标注犯了哪种错误：${mistakeIds.join(' / ')}`});
  });

export const turnSchema = z.strictObject({
  id: idSchema,
  customer: text,
  mood: z.enum(MOODS).default('平静'),
  options: z.array(optionSchema).min(3, {message: '每一轮要有 3 到 4 个候选回复'}).max(4, {message: '每一轮最多 4 个候选回复'}),
});

export const scenarioSchema = z.strictObject({
  id: idSchema,
  title: text,
  stage: idSchema,
  /** A special-scenario tag from the taxonomy (peak, difficult, escalation…). */
  scenario: idSchema.optional(),
  category: idSchema.optional(),
  /** 电话: the customer's lines and the replies are spoken; replies read as speech. */
  channel: z.enum(SCENARIO_CHANNELS).default('在线聊天'),
  profile: z.strictObject({type: z.enum(PROFILES), description: text}),
  situation: text,
  /** The one thing to remember, shown with the score at the end. */
  takeaway: text.optional(),
  turns: z.array(turnSchema).min(1),
  /** Story details quoted as numbers (the order amount, how long the customer waited); see schema.ts. */
  story_numbers: storyNumbersSchema,
  /** Exceptions to the writing lint for this scenario's best replies, each with a reason. */
  lint_ignore: lintIgnoreSchema,
});

export type ScenarioOption = z.infer<typeof optionSchema>;
export type ScenarioTurn = z.infer<typeof turnSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
