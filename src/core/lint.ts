/**
 * The content lint (`kb lint`): the seed's writing rules and the trainers' review rules,
 * applied to what agents send (phrase variants, Q&A standard answers, scenarios' best
 * replies) and to what agents read (Q&A steps, MDX pages). A finding names the file, the
 * line of the field, the entry and the reason. Typography is checked by AutoCorrect.
 *
 * Word lists live in data/writing-rules.yaml and data/glossary.yaml. An entry (or an MDX
 * page's front matter) may carry `lint_ignore: [{rule, reason}]` for an accepted exception;
 * an exception that no longer silences anything is itself reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import {lintFor} from 'autocorrect-node';
import {parse as parseYaml} from 'yaml';
import type {KbContent} from './load';
import {mdxProse, type DocSource} from './numbers';
import {SITE} from './site';
import {renderTemplate, RAW_PLACEHOLDER_RE} from './template';
import {lintIgnoreSchema, type LINT_RULE_IDS, type LintIgnore, type Placeholder, type WritingRules} from './schema';

export type LintRule = (typeof LINT_RULE_IDS)[number];

export interface Finding {
  file: string;
  line?: number;
  entryId: string;
  rule: LintRule;
  reason: string;
}

export const LINT_RULES: Record<LintRule, string> = {
  'bare-refusal': '生硬拒绝',
  'template-empathy': '模板化共情',
  'raw-placeholder': '未填写或写错的占位符',
  'too-long': '回复过长',
  glossary: '术语不统一',
  typography: '排版',
  promise: '无法兑现的承诺',
  tilde: '“～”用得不当',
  'fault-admission': '未核实先认错',
  'third-person': '对客户用了第三人称',
};

const REFUSAL = /不能|不可以|没办法|无法/;
/** Words that offer the customer a way forward; a refusal without one is bare. */
const ALTERNATIVE = /可以|建议|为您|帮您|给您|我们会|我来|改为|换成|或者|也能|不过|但是|另外|方案|推荐|试试|安排/;
const TEMPLATE_EMPATHY = /(?:我|我们)?(?:非常|十分|完全|很)?(?:能)?理解您的(?:心情|感受)|给您带来不便[，,]?敬请谅解|请您谅解/;
/** `XX平台`, `xx元`, `**`, `【订单号】`; not the XX of a size like XXL. */
const PSEUDO_PLACEHOLDER = /(?<![A-Za-z])(?:XX|xx)(?![A-Za-z])|ＸＸ|\*{2,}|【[^】]*】/;
const TILDE = /[～~]/g;

export const SMS_MAX_CHARS = 70;

/** Where a text lives decides what a pseudo-placeholder should become. */
export type TextKind = 'phrase' | 'qa' | 'scenario' | 'doc';

const PSEUDO_FIX: Record<TextKind, string> = {
  phrase: '改成 {名称} 形式的占位符，并在 placeholders 里声明类型',
  qa: '问答不能用占位符：写出实际内容，政策数字写 {policy.<id>}；需要客服填写的回复放进话术库，再在 phrases 中关联',
  scenario: '情景是写好的示范对话：写出具体内容（例如订单号写成 2026112400012345），政策数字写 {policy.<id>}',
  doc: '页面里写出具体内容；政策数字写 <Policy id="…" />',
};

/** A sample value per placeholder type, so rendered text can be checked like a real reply. */
const SAMPLES: Record<Placeholder['type'], string> = {
  order_no: '2026112400012345',
  money: '20',
  datetime: '明天下午',
  product: '保温杯',
  tracking_no: 'SF1234567890',
  customer_title: '张女士',
  agent_name: SITE.defaultAgentName,
  platform_name: SITE.platformName,
  text: '包装盒',
};

function sampleValues(placeholders: Record<string, Placeholder>) {
  const values: Record<string, string> = {agent: SAMPLES.agent_name, platform: SAMPLES.platform_name};
  for (const [name, ph] of Object.entries(placeholders)) values[name] = ph.example ?? SAMPLES[ph.type];
  return values;
}

type Hit = {rule: LintRule; reason: string};

export function checkText(text: string, opts: {checkRefusal?: boolean; kind?: TextKind} = {}): Hit[] {
  const out: Hit[] = [];
  if (opts.checkRefusal !== false && REFUSAL.test(text)) {
    const rest = text.replace(/不能|不可以|没办法|无法/g, '');
    if (!ALTERNATIVE.test(rest)) {
      out.push({rule: 'bare-refusal', reason: `出现“${REFUSAL.exec(text)![0]}”却没有给出替代方案：把“不能做什么”改成“可以怎么做”`});
    }
  }
  const empathy = TEMPLATE_EMPATHY.exec(text);
  if (empathy) out.push({rule: 'template-empathy', reason: `“${empathy[0]}”是模板化共情：请说出客户具体遇到了什么、会有什么感受`});
  const pseudo = PSEUDO_PLACEHOLDER.exec(text);
  if (pseudo) out.push({rule: 'raw-placeholder', reason: `“${pseudo[0]}”像是没写完的占位内容：${PSEUDO_FIX[opts.kind ?? 'phrase']}`});
  return out;
}

/** A writing-rules pattern list: each pattern found in `text` is a hit, its reason the match, why it is wrong and the advice. */
function patternFindings(list: {pattern: string; instead: string}[], rule: LintRule, text: string, why: string): Hit[] {
  return list.flatMap(({pattern, instead}) => {
    const m = new RegExp(pattern).exec(text);
    return m ? [{rule, reason: `“${m[0]}”${why}：${instead}`}] : [];
  });
}

/** Promises an agent cannot keep (data/writing-rules.yaml → promises). */
export const promiseFindings = (text: string, rules: WritingRules): Hit[] => patternFindings(rules.promises, 'promise', text, '是客服兑现不了或还没核实的承诺');

/** Fault admitted before anything was checked (data/writing-rules.yaml → fault_admission). */
export const faultFindings = (text: string, rules: WritingRules): Hit[] => patternFindings(rules.fault_admission, 'fault-admission', text, '是在核实之前就认定了责任');

/**
 * What is sent to the customer speaks to them (您), not about them (客户那天不方便的): data/writing-rules.yaml
 * → third_person. Checked on the text as written, so a policy value quoted into it (由客户承担) is not.
 */
export const thirdPersonFindings = (text: string, rules: WritingRules): Hit[] =>
  patternFindings(rules.third_person, 'third-person', text, '把正在对话的客户写成了第三人称，这段话是直接发给客户的');

/** 亲切 messages: at most one “～”, and none in an apology or bad news. */
export function tildeFindings(text: string, rules: WritingRules): Hit[] {
  const count = text.match(TILDE)?.length ?? 0;
  if (!count) return [];
  const out: Hit[] = [];
  if (count > 1) out.push({rule: 'tilde', reason: `一条消息里有 ${count} 个“～”：亲切语气最多用一个，多了显得轻浮`});
  const sad = rules.bad_news.find((w) => text.includes(w));
  if (sad) out.push({rule: 'tilde', reason: `消息里有“${sad}”，是在道歉或告诉客户坏消息：去掉“～”，用平实的语气说`});
  return out;
}

export function glossaryFindings(text: string, c: Pick<KbContent, 'glossary'>): Hit[] {
  return c.glossary.flatMap((g) =>
    g.avoid.filter((w) => text.includes(w)).map((w) => ({rule: 'glossary' as const, reason: `“${w}”应统一写作“${g.preferred}”（${g.reason}）`})),
  );
}

export function typographyFindings(text: string, filename = 'reply.txt') {
  const result = lintFor(text, filename) as {lines: {l: number; old: string; new: string}[]};
  return result.lines.map((l) => ({
    rule: 'typography' as const,
    line: l.l,
    reason: `排版：“${l.old.trim().slice(0, 60)}” 应为 “${l.new.trim().slice(0, 60)}”（中文与英文、数字之间空一格；中文里用全角标点）`,
  }));
}

/**
 * The line of a field inside its entry, found by its first words in the file; falls back
 * to the entry's line. Lint findings then point where the editor has to change the text.
 */
class FieldLines {
  private cache = new Map<string, string[]>();
  constructor(private root?: string) {}
  find(file: string, entryLine: number | undefined, source: string): number | undefined {
    if (!this.root || entryLine === undefined) return entryLine;
    let lines = this.cache.get(file);
    if (!lines) {
      try {
        lines = fs.readFileSync(path.join(this.root, file), 'utf8').split('\n');
      } catch {
        lines = [];
      }
      this.cache.set(file, lines);
    }
    const needle = source.trim().split('\n')[0]!.slice(0, 16);
    if (!needle) return entryLine;
    for (let i = entryLine - 1; i < lines.length; i++) {
      if (i > entryLine - 1 && /^- /.test(lines[i]!)) break; // the next entry
      if (lines[i]!.includes(needle)) return i + 1;
    }
    return entryLine;
  }
}

/** Applies an entry's `lint_ignore` and reports the exceptions that silence nothing. */
function applyIgnores(findings: Finding[], ignores: LintIgnore | undefined, at: {file: string; line?: number; entryId: string}): Finding[] {
  if (!ignores?.length) return findings;
  const rules = new Set(ignores.map((i) => i.rule));
  const kept = findings.filter((f) => !rules.has(f.rule));
  const stale = ignores
    .filter((i) => !findings.some((f) => f.rule === i.rule))
    .map((i) => ({
      ...at,
      rule: i.rule,
      reason: `lint_ignore 里“${LINT_RULES[i.rule]}”（${i.rule}）的例外已经用不上了：这里没有这类问题，请删掉这一项（原因是：${i.reason}）`,
    }));
  return [...kept, ...stale];
}

export interface LintOptions {
  /** The site root: findings point at the field's own line (the entry's line without it). */
  root?: string;
}

export function lintContent(c: KbContent, opts: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const policies = Object.fromEntries(c.policies.map((p) => [p.id, p]));
  const rules = c.writingRules;
  const lines = new FieldLines(opts.root);
  const render = (s: string) => renderTemplate(s, {policies}).text;

  for (const p of c.phrases) {
    const o = c.origins[`phrase:${p.id}`];
    const file = o?.file ?? '?';
    const values = sampleValues(p.placeholders);
    const entry: Finding[] = [];
    const add = (source: string, hits: Hit[], prefix = '') => {
      const line = lines.find(file, o?.line, source);
      for (const h of hits) entry.push({file, line, entryId: p.id, rule: h.rule, reason: prefix + h.reason});
    };
    add(p.title, glossaryFindings(p.title, c));
    p.variants.forEach((v, i) => {
      const where = `[${v.tone}${v.channel ? `/${v.channel}` : ''}] `;
      const {text, missing} = renderTemplate(v.text, {values, policies});
      const hits: Hit[] = [
        ...checkText(text, {kind: 'phrase'}),
        ...promiseFindings(text, rules),
        ...faultFindings(text, rules),
        ...thirdPersonFindings(v.text, rules),
        ...(v.tone === '亲切' ? tildeFindings(text, rules) : []),
        ...glossaryFindings(text, c),
        ...typographyFindings(text).map(({rule, reason}) => ({rule, reason})),
      ];
      if (missing.length || RAW_PLACEHOLDER_RE.test(text)) {
        hits.push({rule: 'raw-placeholder', reason: `变体 ${i + 1} 渲染后仍有占位符：${missing.map((m) => `{${m}}`).join('、') || text}`});
      }
      const limit = v.channel === '短信' ? SMS_MAX_CHARS : v.channel === '电话' ? Infinity : SITE.chatMaxChars;
      if (text.length > limit) {
        hits.push({rule: 'too-long', reason: `${v.channel ?? '在线聊天'}回复 ${text.length} 字，超过 ${limit} 字：把次要信息拆成第二条消息`});
      }
      add(v.text, hits, where);
    });
    findings.push(...applyIgnores(entry, p.lint_ignore, {file, line: o?.line, entryId: p.id}));
  }

  for (const q of c.qa) {
    const o = c.origins[`qa:${q.id}`];
    const file = o?.file ?? '?';
    const entry: Finding[] = [];
    const add = (source: string, hits: Hit[]) => {
      const line = lines.find(file, o?.line, source);
      for (const h of hits) entry.push({file, line, entryId: q.id, rule: h.rule, reason: h.reason});
    };
    // The standard answer is what agents send: it carries the reply rules too.
    const answer = render(q.answer);
    add(q.answer, [
      ...checkText(answer, {kind: 'qa'}),
      ...promiseFindings(answer, rules),
      ...faultFindings(answer, rules),
      ...thirdPersonFindings(q.answer, rules),
      ...glossaryFindings(answer, c),
      ...typographyFindings(answer).map(({rule, reason}) => ({rule, reason})),
    ]);
    for (const f of [...q.steps, ...q.conditions, q.escalate]) {
      const text = render(f);
      add(f, [...glossaryFindings(text, c), ...typographyFindings(text).map(({rule, reason}) => ({rule, reason}))]);
    }
    findings.push(...applyIgnores(entry, q.lint_ignore, {file, line: o?.line, entryId: q.id}));
  }

  // A scenario's best reply is the model answer trainees copy: it keeps the reply rules
  // that the review caught (the other options make their mistakes on purpose).
  for (const s of c.scenarios) {
    const o = c.origins[`scenario:${s.id}`];
    const file = o?.file ?? '?';
    const entry: Finding[] = [];
    for (const t of s.turns) {
      for (const opt of t.options.filter((x) => x.best)) {
        const text = render(opt.reply);
        const line = lines.find(file, o?.line, opt.reply);
        const hits = [...promiseFindings(text, rules), ...faultFindings(text, rules), ...glossaryFindings(text, c)];
        for (const h of hits) entry.push({file, line, entryId: s.id, rule: h.rule, reason: `[${t.id}] ${h.reason}`});
      }
    }
    findings.push(...applyIgnores(entry, s.lint_ignore, {file, line: o?.line, entryId: s.id}));
  }
  return findings;
}

/**
 * MDX pages: typography on the whole file (AutoCorrect's own lines) and the glossary on
 * the prose, each at its line. Front matter `lint_ignore` works as on entries.
 */
export function lintDocs(docs: readonly DocSource[], c: Pick<KbContent, 'glossary'>): Finding[] {
  return docs.flatMap((d) => {
    const entryId = d.file.replace(/^docs\//, '').replace(/\.mdx?$/, '');
    const found: Finding[] = typographyFindings(d.text, d.file.replace(/\.mdx$/, '.md')).map((f) => ({file: d.file, line: f.line, entryId, rule: f.rule, reason: f.reason}));
    const {prose} = mdxProse(d.text);
    prose.split('\n').forEach((line, i) => {
      for (const h of glossaryFindings(line, c)) found.push({file: d.file, line: i + 1, entryId, rule: h.rule, reason: h.reason});
    });
    let ignores: LintIgnore | undefined;
    const fm = /^---\n([\s\S]*?)\n---/.exec(d.text)?.[1];
    if (fm) {
      const parsed = lintIgnoreSchema.safeParse((parseYaml(fm) as {lint_ignore?: unknown} | null)?.lint_ignore);
      if (parsed.success) ignores = parsed.data;
      else found.push({file: d.file, line: 1, entryId, rule: 'glossary', reason: 'front matter 里的 lint_ignore 写法不对：应为 [{rule: glossary, reason: 为什么可以例外}]'});
    }
    return applyIgnores(found, ignores, {file: d.file, line: 1, entryId});
  });
}

export const formatFinding = (f: Finding) =>
  `${f.file}${f.line ? `:${f.line}` : ''}  ${f.entryId}  [${LINT_RULES[f.rule]}] ${f.reason}`;

/**
 * Files whose lint findings are known and being fixed by their owners (content rewrite
 * in progress): `kb lint` lists them but exits 0 when they are the only findings. The
 * data test fails while a listed file is clean. Empty it once the content is merged.
 */
export const LINT_PENDING: readonly string[] = [];

/** Findings per rule and file, for the report `kb lint` prints at the end. */
export function countByRuleAndFile(findings: readonly Finding[]): Map<LintRule, Map<string, number>> {
  const out = new Map<LintRule, Map<string, number>>();
  for (const f of findings) {
    const byFile = out.get(f.rule) ?? new Map<string, number>();
    byFile.set(f.file, (byFile.get(f.file) ?? 0) + 1);
    out.set(f.rule, byFile);
  }
  return out;
}
