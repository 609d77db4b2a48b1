/**
 * Rules that span files: references resolve, placeholders are declared, variants are
 * distinct, scenarios branch forward. Schema-level rules live in `schema.ts`.
 */
import type {ContentIssue} from './issues';
import type {KbContent} from './load';
import {BUILTIN_PLACEHOLDERS, parseTemplate, placeholderNames, policyRefs} from './template';
import {authorityIssues, contradictionIssues, misquoteIssues, quoteWithIssues, sumIssues} from './facts';
import {findNumberIssues, NUMBER_CHECK_PENDING, numberCheckStrict, type DocSource} from './numbers';

const list = (ids: Iterable<string>) => [...ids].slice(0, 12).join(' / ') + ([...ids].length > 12 ? ' …' : '');

export interface ValidateOptions {
  /**
   * `kind:id` (policy, phrase, qa, scenario) of entries that are in the files but failed to
   * load: their own error is already reported, references to them are not "unknown".
   */
  pending?: ReadonlySet<string>;
  /** False when data/taxonomy.yaml itself failed: stage, category and scenario references are not checked. */
  taxonomyLoaded?: boolean;
  /** The MDX pages under docs/, for the number check on prose (read by the loader). */
  docs?: readonly DocSource[];
}

/**
 * Single-sourcing: bare policy numbers and facts quoted without their companions. Files in
 * NUMBER_CHECK_PENDING are held back unless KB_NUMBER_CHECK=all (see numbers.ts).
 */
export function singleSourceIssues(c: KbContent, docs: readonly DocSource[] = [], all = numberCheckStrict()): ContentIssue[] {
  const found = [...findNumberIssues(c, docs), ...quoteWithIssues(c, docs), ...authorityIssues(c, docs), ...contradictionIssues(c, docs), ...misquoteIssues(c, docs)];
  return all ? found : found.filter((i) => !NUMBER_CHECK_PENDING.includes(i.file));
}

export function validateContent(c: KbContent, opts: ValidateOptions = {}): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const pending = opts.pending ?? new Set<string>();
  const taxonomyLoaded = opts.taxonomyLoaded ?? true;
  const stages = new Set(c.taxonomy.stages.map((s) => s.id));
  const categories = new Set(c.taxonomy.categories.map((s) => s.id));
  const scenarioTags = new Set(c.taxonomy.scenarios.map((s) => s.id));
  const policies = new Set(c.policies.map((p) => p.id));
  const phrases = new Set(c.phrases.map((p) => p.id));
  const qa = new Set(c.qa.map((q) => q.id));
  const docs = new Set(c.docRoutes);

  const at = (key: string, path: string, entryId: string, message: string, fix: string) => {
    const o = c.origins[key];
    issues.push({file: o?.file ?? '?', line: o?.line, path, entryId, message, fix});
  };
  /** Which `pending` prefix a set of known ids belongs to; taxonomy sets have none. */
  const pendingKind = new Map<Set<string>, string>([
    [policies, 'policy'],
    [phrases, 'phrase'],
    [qa, 'qa'],
  ]);
  const exists = (known: Set<string>, value: string) => {
    if (known.has(value)) return true;
    const kind = pendingKind.get(known);
    if (kind) return pending.has(`${kind}:${value}`);
    return !taxonomyLoaded; // Taxonomy broken: its own errors are reported, not every reference to it.
  };
  const ref = (key: string, path: string, id: string, kind: string, value: string | undefined, known: Set<string>, fixHint: string) => {
    if (value !== undefined && !exists(known, value)) {
      at(key, path, id, `引用了不存在的${kind}：${value}`, `改为已有的${kind}（${list(known)}），或先在 ${fixHint} 中添加它`);
    }
  };
  const policyRefsIn = (key: string, path: string, id: string, source: string) => {
    for (const p of policyRefs(source)) ref(key, path, id, '政策', p, policies, 'data/policies/');
  };

  // Taxonomy, seed coverage and wording pairs: unique ids inside each list.
  const unique = (file: string, prefix: string, items: {id: string}[], fix: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) issues.push({file, path: `${prefix}[${i}].id`, entryId: item.id, message: `id 重复：${item.id} 已在第 ${first + 1} 项使用`, fix});
      else seen.set(item.id, i);
    });
  };
  unique('data/taxonomy.yaml', 'stages', c.taxonomy.stages, '每个环节、分类和场景的 id 都要唯一');
  unique('data/taxonomy.yaml', 'categories', c.taxonomy.categories, '每个环节、分类和场景的 id 都要唯一');
  unique('data/taxonomy.yaml', 'scenarios', c.taxonomy.scenarios, '每个环节、分类和场景的 id 都要唯一');
  unique('data/seed-coverage.yaml', '', c.coverage, '给这一项换一个没有用过的 id');
  unique('data/wording-pairs.yaml', '', c.wording, '给这一项换一个没有用过的 id');

  // Each stage links to its SOP page.
  c.taxonomy.stages.forEach((s, i) => {
    if (!docs.has(s.doc.replace(/#.*$/, '').replace(/\/$/, ''))) {
      issues.push({file: 'data/taxonomy.yaml', path: `stages[${i}].doc`, entryId: s.id, message: `链接的页面不存在：${s.doc}`, fix: `改为已有的页面，例如 ${list(c.docRoutes.filter((r) => r.startsWith('/docs/sop')).slice(0, 6))}，或先在 docs/ 下创建这个页面`});
    }
  });

  for (const p of c.phrases) {
    const key = `phrase:${p.id}`;
    ref(key, 'stage', p.id, '环节', p.stage, stages, 'data/taxonomy.yaml 的 stages');
    ref(key, 'category', p.id, '问题分类', p.category, categories, 'data/taxonomy.yaml 的 categories');
    ref(key, 'scenario', p.id, '特殊场景', p.scenario, scenarioTags, 'data/taxonomy.yaml 的 scenarios');
    const used = new Set<string>();
    const combos = new Set<string>();
    p.variants.forEach((v, i) => {
      const path = `variants[${i}].text`;
      const combo = `${v.tone}/${v.channel ?? '通用'}`;
      if (combos.has(combo)) at(key, `variants[${i}]`, p.id, `变体重复：语气「${v.tone}」+ 渠道「${v.channel ?? '通用'}」已经有一条`, '换一个语气或渠道，或把两条合并');
      combos.add(combo);
      if (!parseTemplate(v.text).some((t) => t.kind === 'text' && t.value.trim())) {
        at(key, path, p.id, '变体只有占位符，没有正文', '写出完整的回复句子');
      }
      for (const name of placeholderNames(v.text)) {
        used.add(name);
        if (!p.placeholders[name] && !BUILTIN_PLACEHOLDERS[name]) {
          at(key, path, p.id, `用到了占位符 {${name}}，但没有在 placeholders 中声明`, `在 placeholders 下添加 ${name}: {type: …}（可选类型：order_no / money / datetime / product / tracking_no / customer_title / text），或改成已声明的占位符：${list(Object.keys(p.placeholders)) || '（无）'}`);
        }
      }
      policyRefsIn(key, path, p.id, v.text);
    });
    for (const name of Object.keys(p.placeholders)) {
      if (!used.has(name)) at(key, `placeholders.${name}`, p.id, `占位符 ${name} 已声明，但没有任何变体用到它`, `删除这个声明，或在变体正文里用 {${name}}`);
    }
  }

  for (const q of c.qa) {
    const key = `qa:${q.id}`;
    ref(key, 'category', q.id, '问题分类', q.category, categories, 'data/taxonomy.yaml 的 categories');
    ref(key, 'stage', q.id, '环节', q.stage, stages, 'data/taxonomy.yaml 的 stages');
    q.phrases.forEach((ph, i) => ref(key, `phrases[${i}]`, q.id, '话术', ph, phrases, 'data/phrases/'));
    q.policies.forEach((po, i) => ref(key, `policies[${i}]`, q.id, '政策', po, policies, 'data/policies/'));
    const texts: [string, string][] = [
      ['question', q.question],
      ['answer', q.answer],
      ['escalate', q.escalate],
      ...q.alternates.map((t, i): [string, string] => [`alternates[${i}]`, t]),
      ...q.conditions.map((t, i): [string, string] => [`conditions[${i}]`, t]),
      ...q.steps.map((t, i): [string, string] => [`steps[${i}]`, t]),
    ];
    for (const [path, source] of texts) {
      policyRefsIn(key, path, q.id, source);
      for (const name of placeholderNames(source)) {
        at(key, path, q.id, `问答里出现了占位符 {${name}}`, '问答只能引用政策 {policy.<id>}；需要客服填写的回复请放进话术库，再在 phrases 中关联');
      }
    }
  }

  for (const s of c.scenarios) {
    const key = `scenario:${s.id}`;
    ref(key, 'stage', s.id, '环节', s.stage, stages, 'data/taxonomy.yaml 的 stages');
    ref(key, 'scenario', s.id, '特殊场景', s.scenario, scenarioTags, 'data/taxonomy.yaml 的 scenarios');
    ref(key, 'category', s.id, '问题分类', s.category, categories, 'data/taxonomy.yaml 的 categories');
    // Scenario texts quote policy facts like Q&A does; they are worked examples, so no placeholders.
    const texts: [string, string | undefined][] = [
      ['situation', s.situation],
      ['profile.description', s.profile.description],
      ['takeaway', (s as {takeaway?: string}).takeaway],
      ...s.turns.flatMap((t, ti): [string, string][] => [
        [`turns[${ti}].customer`, t.customer],
        ...t.options.flatMap((o, oi): [string, string][] => [
          [`turns[${ti}].options[${oi}].reply`, o.reply],
          [`turns[${ti}].options[${oi}].feedback`, o.feedback],
        ]),
      ]),
    ];
    for (const [path, source] of texts) {
      if (source === undefined) continue;
      policyRefsIn(key, path, s.id, source);
      for (const name of placeholderNames(source)) {
        at(key, path, s.id, `情景里出现了占位符 {${name}}`, '情景是写好的示范对话，请写出具体内容（例如订单号写成 2026112400012345）；引用政策用 {policy.<id>}');
      }
    }
    const turnIds = s.turns.map((t) => t.id);
    s.turns.forEach((turn, ti) => {
      if (turnIds.indexOf(turn.id) !== ti) at(key, `turns[${ti}].id`, s.id, `轮次 id 重复：${turn.id}`, '每一轮的 id 在本情景内要唯一');
      const best = turn.options.filter((o) => o.best).length;
      if (best !== 1) at(key, `turns[${ti}].options`, s.id, `这一轮有 ${best} 个最佳回复`, '每一轮恰好一个选项标 best: true');
      turn.options.forEach((o, oi) => {
        const path = `turns[${ti}].options[${oi}]`;
        if (!docs.has(o.doc.replace(/#.*$/, '').replace(/\/$/, ''))) at(key, `${path}.doc`, s.id, `链接的页面不存在：${o.doc}`, `改为已有的页面，例如 ${list(c.docRoutes.slice(0, 6))}`);
        ref(key, `${path}.phrase`, s.id, '话术', o.phrase, phrases, 'data/phrases/');
        if (o.next !== undefined && o.next !== 'end') {
          const target = turnIds.indexOf(o.next);
          if (target < 0) at(key, `${path}.next`, s.id, `跳转到不存在的轮次：${o.next}`, `改为本情景中靠后的轮次（${list(turnIds.slice(ti + 1))}）或 end`);
          else if (target <= ti) at(key, `${path}.next`, s.id, `跳转到了当前或之前的轮次：${o.next}，对话会绕圈`, '只能跳到后面的轮次，或写 end 结束');
        }
      });
    });
  }

  c.coverage.forEach((item, i) => {
    item.covered_by.forEach((target, j) => {
      const path = `[${i}].covered_by[${j}]`;
      const [kind, ...rest] = target.split(':');
      const value = rest.join(':');
      const ok =
        kind === 'doc' ? docs.has(value.replace(/#.*$/, '').replace(/\/$/, '')) : kind === 'phrase' ? exists(phrases, value) : exists(qa, value);
      if (!ok) issues.push({file: 'data/seed-coverage.yaml', path, entryId: item.id, message: `覆盖目标不存在：${target}`, fix: '改为已有的页面（doc:/docs/…）、话术（phrase:<id>）或问答（qa:<id>）'});
    });
  });

  issues.push(...sumIssues(c), ...singleSourceIssues(c, opts.docs));

  return issues;
}
