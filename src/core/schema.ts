/**
 * The content model. Every type the site, the search and the `kb` tool use is derived
 * from these schemas (`z.infer`); the JSON Schema editors get in VS Code is generated
 * from them too (`npm run kb -- schema`). Cross-file rules (unknown references, duplicate
 * ids, undeclared placeholders) live in `validate.ts`.
 */
import {z} from './zod';

/** Lower-case ASCII words joined by hyphens or underscores: stable in URLs and references. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, {
    message: 'id 只能用小写英文字母、数字，以及连接单词的 - 或 _（例如 refund-arrival-time）',
  });

const text = z.string().trim().min(1, {message: '不能为空'});
const isoDate = z.iso.date({message: '应为 YYYY-MM-DD 格式的日期（例如 2026-10-15）'});

/**
 * Numbers that are details of a story, not policy values: a scenario's order amount (399 元),
 * a customer's “等了三天”. Written as they appear in the text; the number check (`kb check`)
 * skips them in this entry and reports any that no longer appear.
 */
export const storyNumbersSchema = z.array(text).optional();

/** The content lint's rules (`kb lint`); their names and checks live in lint.ts. */
export const LINT_RULE_IDS = [
  'bare-refusal',
  'template-empathy',
  'raw-placeholder',
  'too-long',
  'glossary',
  'typography',
  'promise',
  'tilde',
  'fault-admission',
  'third-person',
] as const;

/**
 * Exceptions to a writing rule, each with the reason an editor accepted it (for example a
 * 亲切 message that quotes the customer's own “～”). A rule ignored here is not reported for
 * this entry; an exception that no longer silences anything is reported.
 */
export const lintIgnoreSchema = z
  .array(
    z.strictObject({
      rule: z.enum(LINT_RULE_IDS),
      reason: z.string().trim().min(6, {message: '写清楚为什么这里可以例外（至少 6 个字）'}),
    }),
  )
  .optional();

export const TONES = ['亲切', '专业', '简洁'] as const;
export const CHANNELS = ['在线聊天', '电话', '短信'] as const;
export const toneSchema = z.enum(TONES);
export const channelSchema = z.enum(CHANNELS);

/**
 * Placeholder types. `agent_name` and `platform_name` are filled from the agent's profile
 * and the site settings; the rest are asked of the agent and checked before copying.
 */
export const PLACEHOLDER_TYPES = [
  'order_no',
  'money',
  'datetime',
  'product',
  'tracking_no',
  'customer_title',
  'agent_name',
  'platform_name',
  'text',
] as const;
export const DATETIME_FORMATS = ['date', 'time', 'datetime', 'period'] as const;

export const placeholderSchema = z
  .strictObject({
    type: z.enum(PLACEHOLDER_TYPES),
    /** What the form field is called; defaults to the type's own label. */
    label: text.optional(),
    /** Only for `datetime`: date 11 月 25 日, time 18:00, datetime both, period free (今天傍晚). */
    format: z.enum(DATETIME_FORMATS).optional(),
    /** Shown greyed in the empty field. */
    example: text.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.format && p.type !== 'datetime') {
      ctx.addIssue({
        code: 'custom',
        path: ['format'],
        message: `只有 datetime 类型的占位符可以设置 format；请删除 format，或把 type 改为 datetime`,
      });
    }
  });

export const variantSchema = z.strictObject({
  tone: toneSchema,
  channel: channelSchema.optional(),
  text,
});

export const phraseSchema = z.strictObject({
  id: idSchema,
  title: text,
  stage: idSchema,
  category: idSchema.optional(),
  scenario: idSchema.optional(),
  tags: z.array(text).default([]),
  /** Placeholders the variants use, by name: `{order_no}` in a text needs `order_no` here. */
  placeholders: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, {message: '占位符名只能用小写英文字母、数字和 _，并以字母开头'}), placeholderSchema).default({}),
  variants: z.array(variantSchema).min(1, {message: '至少需要一个变体（variants）'}),
  /**
   * The situations in which an agent reaches for this phrase, written as agents describe
   * them (客户骂人、客户要找领导、客户不回消息). Search finds the phrase by them.
   */
  situations: z.array(text).default([]),
  /** Who keeps this phrase right, and when it was last checked against policy. */
  owner: text.optional(),
  reviewed: isoDate.optional(),
  story_numbers: storyNumbersSchema,
  lint_ignore: lintIgnoreSchema,
});

export const qaSchema = z.strictObject({
  id: idSchema,
  /** The question as customers actually type it. */
  question: text,
  /** Other ways customers ask the same thing, colloquial ones included. */
  alternates: z.array(text).default([]),
  category: idSchema,
  stage: idSchema.default('handle'),
  answer: text,
  conditions: z.array(text).default([]),
  steps: z.array(text).default([]),
  /** Policy facts the answer relies on beyond those it quotes with {policy.id}. */
  policies: z.array(idSchema).default([]),
  phrases: z.array(idSchema).default([]),
  escalate: text,
  tags: z.array(text).default([]),
  owner: text,
  reviewed: isoDate,
  story_numbers: storyNumbersSchema,
  lint_ignore: lintIgnoreSchema,
});

const regexText = text.refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  {message: '不是有效的正则表达式：检查括号是否成对，特殊符号 ( ) [ ] ? * + 前要加 \\'},
);

/**
 * Where a policy fact comes from: a law and its article (《网络购买商品七日无理由退货暂行办法》
 * 第六条), or `platform` for the platform's own rule. A fact may cite several.
 */
export const lawBasisSchema = z.strictObject({
  law: z.string().regex(/^《[^《》]+》$/, {message: '法规名称要带书名号，例如 《消费者权益保护法》'}),
  /** 第六条, 第二十五条第一款, 第十九条、第二十条. Leave out only when the document has no numbered article. */
  article: z
    .string()
    .regex(/^第[零一二三四五六七八九十百千]+条/, {message: '条款要写成“第六条”“第二十五条”这样的中文条号'})
    .optional(),
  note: text.optional(),
});
export const basisSchema = z
  .array(z.union([lawBasisSchema, z.literal('platform')]))
  .min(1, {message: '至少写一项依据：法规写 {law: 《…》, article: 第X条}，平台自己的规则写 platform'});

export const policySchema = z.strictObject({
  id: idSchema,
  label: text,
  value: z.union([z.number(), text]),
  /** Rendered right after the value: 天, 小时, 元, %, 秒… Leave out for rules without a unit. */
  unit: z.string().default(''),
  note: text.optional(),
  /** Legal basis (law + article) or `platform`: Q&A pages show it as 依据. */
  basis: basisSchema,
  /**
   * Facts that must be quoted in the same sentence whenever this one is: a percentage
   * coupon is quoted with the cap that bounds it (“订单金额 10%，不超过 50 元”).
   */
  quote_with: z.array(idSchema).default([]),
  /** This fact's value is the sum of these numeric facts (the refund clock's total); checked. */
  sum_of: z.array(idSchema).optional(),
  /**
   * Wordings that contradict this fact (“只能用一张最大的券” against the stacking rule):
   * `kb check` reports them anywhere in the content except a scenario's deliberate mistakes.
   */
  contradicted_by: z.array(z.strictObject({pattern: regexText, why: text})).default([]),
  /**
   * Sentences this fact must not be quoted in (the no-reason window in a 三包 sentence):
   * `pattern` is matched against each sentence that quotes the fact.
   */
  misquoted_in: z.array(z.strictObject({pattern: regexText, why: text})).default([]),
});

export const stageSchema = z.strictObject({
  id: idSchema,
  name: text,
  /** The SOP page for this stage, as a docs path (e.g. /docs/sop/reception). */
  doc: z.string().startsWith('/', {message: '应为以 / 开头的站内路径，例如 /docs/sop/reception'}),
  goal: text,
});

export const categorySchema = z.strictObject({
  id: idSchema,
  name: text,
  description: text,
  /** The seed's three problem types; used to group categories. */
  group: z.enum(['商品咨询类', '订单问题类', '投诉纠纷类', '售后服务类', '账户支付类']),
});

export const scenarioTagSchema = z.strictObject({
  id: idSchema,
  name: text,
  description: text,
});

export const taxonomySchema = z.strictObject({
  stages: z.array(stageSchema).length(5, {message: 'SOP 固定为五个环节：接待、需求识别、问题处理、方案确认、结束与跟进'}),
  categories: z.array(categorySchema).min(1),
  scenarios: z.array(scenarioTagSchema).default([]),
});

export const glossarySchema = z.array(
  z.strictObject({
    preferred: text,
    avoid: z.array(text).min(1),
    reason: text,
  }),
);

/**
 * Word lists for the writing lint (`kb lint`): promises an agent cannot keep, words that
 * make a message an apology or bad news (no “～” there), fault admitted before checking, and
 * the customer named in the third person in what is sent to them.
 */
export const writingRulesSchema = z.strictObject({
  promises: z.array(z.strictObject({pattern: regexText, instead: text})).min(1),
  bad_news: z.array(text).min(1),
  fault_admission: z.array(z.strictObject({pattern: regexText, instead: text})).min(1),
  third_person: z.array(z.strictObject({pattern: regexText, instead: text})).min(1),
});

/**
 * Search synonyms: a group of words that mean the same (each finds the others), or a broader
 * term and the narrower words it covers (冰箱、洗衣机 are 大件, but not each other's synonyms):
 * each finds the other, the narrower words not one another.
 */
export const synonymsSchema = z.array(
  z.union([
    z.array(text).min(2, {message: '一组近义词至少要有两个词'}),
    z.strictObject({broader: text, narrower: z.array(text).min(1, {message: '至少列出一个更具体的词'})}),
  ]),
);

export const coverageSchema = z.array(
  z.strictObject({
    id: idSchema,
    section: text,
    /** A short quote of the seed's sentence or heading, in Simplified characters. */
    excerpt: text,
    /** Where it is covered: doc:/docs/..., phrase:<id> or qa:<id>. */
    covered_by: z.array(z.string().regex(/^(doc:\/|phrase:|qa:)/, {message: '应为 doc:/docs/…、phrase:<id> 或 qa:<id>'})).min(1, {message: '每一项都要指明由哪个页面或条目覆盖'}),
  }),
);

/** Negative-to-positive wording pairs for the wording trainer (话术技巧 → 负面词汇转化). */
export const wordingPairsSchema = z.array(
  z.strictObject({
    id: idSchema,
    before: text,
    after: text,
    why: text,
    story_numbers: storyNumbersSchema,
  }),
);

export type Tone = z.infer<typeof toneSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type PlaceholderType = (typeof PLACEHOLDER_TYPES)[number];
export type Placeholder = z.infer<typeof placeholderSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Phrase = z.infer<typeof phraseSchema>;
export type QaEntry = z.infer<typeof qaSchema>;
export type PolicyFact = z.infer<typeof policySchema>;
export type LawBasis = z.infer<typeof lawBasisSchema>;
export type Basis = z.infer<typeof basisSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Category = z.infer<typeof categorySchema>;
export type ScenarioTag = z.infer<typeof scenarioTagSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
export type Glossary = z.infer<typeof glossarySchema>;
export type Synonyms = z.infer<typeof synonymsSchema>;
export type WritingRules = z.infer<typeof writingRulesSchema>;
export type LintIgnore = NonNullable<z.infer<typeof lintIgnoreSchema>>;
export type Coverage = z.infer<typeof coverageSchema>;
export type WordingPair = z.infer<typeof wordingPairsSchema>[number];
