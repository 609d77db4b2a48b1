/**
 * The scenario data (data/scenarios/*.yaml): every reference resolves, every turn has
 * exactly one best reply, every turn can be reached and every way through ends, and the
 * set covers every SOP stage, the special scenarios, the profiles and the mistakes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from './load';
import {checkText, tildeFindings, typographyFindings} from './lint';
import {MISTAKES, NEAR_MISS_MISTAKES, PROFILES, type Mistake, type Scenario} from './scenario';
import {policyRefs, renderPolicies} from './template';
import {allPaths, END, longestOption, nextTurnId, playWith, renderScenario, replyLength, scoreRun} from '../components/Simulation/engine';
import {PASS_SCORE} from '../components/LearningPath/path';

const ROOT = path.resolve(__dirname, '../..');
const {content, issues} = loadContent(ROOT);

/** Heading ids a docs page declares with `{#id}` (the site's convention for stable anchors). */
function anchorsOf(route: string): Set<string> {
  const rel = route.replace(/^\/docs\/?/, '');
  const file = [`${rel}.mdx`, `${rel}.md`, `${rel}/index.mdx`, `${rel}/index.md`].map((f) => path.join(ROOT, 'docs', f)).find((f) => fs.existsSync(f));
  return new Set(file ? [...fs.readFileSync(file, 'utf8').matchAll(/\{#([\w-]+)\}/g)].map((m) => m[1]!) : []);
}
const scenarios = content.scenarios;
const policies = Object.fromEntries(content.policies.map((p) => [p.id, p]));
const docs = new Set(content.docRoutes);
const phrases = new Set(content.phrases.map((p) => p.id));

const texts = (s: Scenario): [string, string][] => [
  ['situation', s.situation],
  ['profile.description', s.profile.description],
  ...(s.takeaway ? [['takeaway', s.takeaway] as [string, string]] : []),
  ...s.turns.flatMap((t) => [
    [`${t.id}.customer`, t.customer] as [string, string],
    ...t.options.flatMap((o, i): [string, string][] => [
      [`${t.id}.options[${i}].reply`, o.reply],
      [`${t.id}.options[${i}].feedback`, o.feedback],
    ]),
  ]),
];

describe('scenario data', () => {
  it('loads without content issues', () => {
    expect(issues.filter((i) => i.file.startsWith('data/scenarios'))).toEqual([]);
    expect(content.rawCounts.scenarios).toBe(scenarios.length);
  });

  it('has at least 32 scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(32);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: references resolve', (_, s) => {
    const broken: string[] = [];
    for (const t of s.turns) {
      t.options.forEach((o, i) => {
        const where = `${t.id}.options[${i}]`;
        const [route, anchor] = o.doc.split('#') as [string, string | undefined];
        if (!docs.has(route.replace(/\/$/, ''))) broken.push(`${where}.doc ${o.doc}`);
        else if (anchor && !anchorsOf(route).has(anchor)) broken.push(`${where}.doc ${o.doc}：页面里没有 {#${anchor}}`);
        if (o.phrase && !phrases.has(o.phrase)) broken.push(`${where}.phrase ${o.phrase}`);
        if (o.next && o.next !== END && !s.turns.some((x) => x.id === o.next)) broken.push(`${where}.next ${o.next}`);
      });
    }
    for (const [where, text] of texts(s)) for (const id of policyRefs(text)) if (!policies[id]) broken.push(`${where} {policy.${id}}`);
    expect(broken).toEqual([]);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: every turn has exactly one best reply and 3–4 options', (_, s) => {
    for (const t of s.turns) {
      expect(t.options.filter((o) => o.best), `${s.id}/${t.id}`).toHaveLength(1);
      expect(t.options.length).toBeGreaterThanOrEqual(3);
      expect(t.options.length).toBeLessThanOrEqual(4);
      for (const o of t.options) expect(Boolean(o.best) !== Boolean(o.mistake), `${s.id}/${t.id}: best 与 mistake 二选一`).toBe(true);
    }
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: every turn is reachable and every way through ends', (_, s) => {
    const paths = allPaths(s);
    const reached = new Set(paths.flat());
    expect(s.turns.map((t) => t.id).filter((id) => !reached.has(id)), '走不到的轮次').toEqual([]);
    // Forward-only jumps: no path is longer than the turns written.
    for (const p of paths) expect(p.length).toBeLessThanOrEqual(s.turns.length);
    for (const t of s.turns) t.options.forEach((_, i) => expect([...s.turns.map((x) => x.id), END]).toContain(nextTurnId(s, t.id, i)));
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: writing follows the rules', (_, s) => {
    const problems: string[] = [];
    for (const [where, raw] of texts(s)) {
      const text = renderPolicies(raw, policies);
      for (const f of typographyFindings(text)) problems.push(`${where}: ${f.reason}`);
    }
    for (const t of s.turns) {
      const best = t.options.find((o) => o.best)!;
      // The reply held up as right must pass the same rules as the phrase library.
      for (const f of checkText(renderPolicies(best.reply, policies))) problems.push(`${t.id} best: ${f.reason}`);
      // Chat replies are written in the warm tone: at most one “～”, none with an apology or bad news.
      for (const f of tildeFindings(renderPolicies(best.reply, policies), content.writingRules)) problems.push(`${t.id} best: ${f.reason}`);
      t.options.forEach((o, i) => {
        // Feedback names the principle first: “具体共情：……”.
        if (!/^[^：]{2,16}：/.test(o.feedback)) problems.push(`${t.id}.options[${i}].feedback 应以“原则：”开头`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('covers every SOP stage, the special scenarios, every profile and every mistake', () => {
    for (const stage of content.taxonomy.stages) {
      expect(scenarios.filter((s) => s.stage === stage.id).length, `环节 ${stage.id}`).toBeGreaterThanOrEqual(4);
    }
    for (const tag of ['peak', 'difficult', 'escalation']) {
      expect(scenarios.filter((s) => s.scenario === tag).length, `特殊场景 ${tag}`).toBeGreaterThanOrEqual(3);
    }
    const profiles = new Set(scenarios.map((s) => s.profile.type));
    expect(PROFILES.filter((p) => !profiles.has(p))).toEqual([]);
    const mistakes = new Set(scenarios.flatMap((s) => s.turns.flatMap((t) => t.options.flatMap((o) => (o.mistake ? [o.mistake] : [])))));
    expect(Object.keys(MISTAKES).filter((m) => !mistakes.has(m as keyof typeof MISTAKES))).toEqual([]);
  });

  it('branches: in many scenarios a poor reply leads to a turn where the customer is angrier', () => {
    const order = ['平静', '疑惑', '着急', '不满', '愤怒'];
    const branching = scenarios.filter((s) =>
      s.turns.some((t) =>
        t.options.some((o) => {
          if (o.best || !o.next || o.next === END) return false;
          const target = s.turns.find((x) => x.id === o.next);
          const bestNext = nextTurnId(s, t.id, t.options.findIndex((x) => x.best));
          return target !== undefined && o.next !== bestNext && order.indexOf(target.mood) >= order.indexOf(t.mood);
        }),
      ),
    );
    expect(branching.length).toBeGreaterThanOrEqual(10);
  });
});

/**
 * Scenarios that teach: a trainee who reads only the length or the politeness of the
 * options must not pass. These tests speak to the scenario authors.
 */
describe('scenarios cannot be passed by style alone', () => {
  // Lengths as the trainee sees them: policy facts rendered.
  const shown = scenarios.map((s) => renderScenario(s, policies));
  const allTurns = shown.flatMap((s) => s.turns.map((t) => ({s, t})));
  const MAX_LONGEST_SHARE = 0.4;
  /** Same length class as the best reply: between these shares of its length. */
  const LENGTH_CLASS = [0.6, 1.6] as const;
  const nearMiss = new Set<Mistake>(NEAR_MISS_MISTAKES);

  it(`the best reply is the longest option in at most ${MAX_LONGEST_SHARE * 100}% of turns`, () => {
    const longest = allTurns.filter(({t}) => t.options[longestOption(t)]!.best);
    const share = longest.length / allTurns.length;
    console.log(`longest-is-best: ${longest.length} of ${allTurns.length} turns (${(100 * share).toFixed(1)}%)`);
    expect(share, `最佳回复是最长选项的轮次太多（${longest.length}/${allTurns.length}）：给这些轮次写一个和最佳回复差不多长、但错在规则或承诺上的选项，或者精简最佳回复：\n${longest.map(({s, t}) => `${s.id}/${t.id}`).join('\n')}`).toBeLessThanOrEqual(MAX_LONGEST_SHARE);
  });

  it.each(allTurns.map(({s, t}) => [`${s.id}/${t.id}`, t] as const))('%s: has a near-miss distractor', (where, t) => {
    const best = replyLength(t.options.find((o) => o.best)!);
    const near = t.options.filter((o) => !o.best && o.mistake && nearMiss.has(o.mistake) && replyLength(o) >= LENGTH_CLASS[0] * best && replyLength(o) <= LENGTH_CLASS[1] * best);
    expect(near.length, `${where}：至少要有一个“差一点”的错误选项：语气和长度与最佳回复相近（${Math.ceil(LENGTH_CLASS[0] * best)}～${Math.floor(LENGTH_CLASS[1] * best)} 字），错在规则、未核实的承诺或漏掉的步骤，mistake 写 ${NEAR_MISS_MISTAKES.join(' / ')} 之一`).toBeGreaterThan(0);
  });

  it.each(shown.map((s) => [s.id, s] as const))('%s: always picking the longest reply does not pass', (_, s) => {
    const {score} = scoreRun(s, playWith(s, longestOption));
    expect(score, `${s.id}：每轮都选最长的回复能得 ${score} 分（过关线 ${PASS_SCORE} 分）；把一个更长的“差一点”选项放进更多轮次`).toBeLessThan(PASS_SCORE);
  });

  it('a poor reply leads to a worse customer state wherever the story branches', () => {
    const order = ['平静', '疑惑', '着急', '不满', '愤怒'];
    const wrong: string[] = [];
    for (const s of scenarios)
      for (const t of s.turns)
        t.options.forEach((o, i) => {
          if (o.best || !o.next || o.next === END) return;
          const bestNext = nextTurnId(s, t.id, t.options.findIndex((x) => x.best));
          if (o.next === bestNext) return;
          const target = s.turns.find((x) => x.id === o.next)!;
          if (order.indexOf(target.mood) < order.indexOf('不满')) wrong.push(`${s.id}/${t.id}.options[${i}] → ${o.next}（${target.mood}）：跳到的轮次客户应当不满或愤怒`);
        });
    expect(wrong).toEqual([]);
  });

  /**
   * Authority limits a best reply may not cross. Policy contradictions (exchange timing,
   * 商品完好, 红冲, identity checks, allergy, 好评返现…) are the facts' own `contradicted_by`
   * patterns, checked by `kb check` on every text; unkeepable promises are the writing lint.
   * What is left is what an agent may not decide alone. `unless`: the reply routes it to approval.
   */
  const AUTHORITY_IN_BEST: [RegExp, string, RegExp][] = [
    [/(改|换)(为|成)?退(到|回)?.{0,12}(支付宝|微信|银行卡|新卡)|退款(改为|改到|换到)/, '改退款路径要主管审批，先说明审批再发起', /审批/],
    [/(\d{3,}|[一二三四五六七八九十百]+) ?元(现金|误工费)?(赔|补偿)给您|给您(赔|补偿|补) ?\d{3,} ?元/, '超过一线补偿权限（agent_compensation_cap_yuan）的金额要主管审批', /审批|主管/],
    [/(马上|立刻|今天)(给您)?(补发|重新发|再发)(?!.{0,12}(申请|审核|审批))/, '补发要先提交申请、查过库存再说时间', /申请|审核|审批|有现货|查过/],
  ];

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: no best reply breaks a policy fact or an authority limit', (_, s) => {
    const broken: string[] = [];
    for (const t of s.turns) {
      const best = t.options.find((o) => o.best)!;
      for (const [re, rule, unless] of AUTHORITY_IN_BEST) if (re.test(best.reply) && !unless.test(best.reply)) broken.push(`${s.id}/${t.id} 最佳回复“${best.reply.match(re)![0]}”：${rule}`);
    }
    expect(broken).toEqual([]);
  });
});
