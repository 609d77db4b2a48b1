/**
 * The scenario data (data/scenarios/*.yaml): every reference resolves, every turn has
 * exactly one best reply, every turn can be reached and every way through ends, and the
 * set covers every SOP stage, the special scenarios, the profiles and the mistakes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from './load';
import {checkText, typographyFindings} from './lint';
import {MISTAKES, PROFILES, type Scenario} from './scenario';
import {policyRefs, renderPolicies} from './template';
import {allPaths, END, nextTurnId} from '../components/Simulation/engine';

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
