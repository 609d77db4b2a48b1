/**
 * Every piece of content as agents read it: each text field of each entry with its policy
 * facts rendered (placeholders an agent fills stay as `{name}`), keyed by entry. The
 * `kb diff` summary compares two of these; `kb impact` points at the sources behind them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {KbContent} from './load';
import type {PolicyFact} from './schema';
import {formatPolicy, renderPolicies} from './template';

export type EntryKind = 'qa' | 'phrase' | 'policy' | 'scenario' | 'doc' | 'category' | 'wording';

export const KIND_LABELS: Record<EntryKind, string> = {
  qa: '问答',
  phrase: '话术',
  policy: '政策',
  scenario: '情景模拟',
  doc: '文档页',
  category: '问题分类',
  wording: '话术对比',
};

export interface RenderedField {
  /** Where in the entry, e.g. `answer`, `variants[2]（亲切 / 电话）`. */
  field: string;
  text: string;
}

export interface RenderedEntry {
  kind: EntryKind;
  id: string;
  title: string;
  /** Source file relative to the site root. */
  file: string;
  fields: RenderedField[];
  /** Policy facts this entry quotes or relies on. */
  facts: string[];
}

const FACT_RE = /\{policy\.([a-z0-9_]+)\}/g;
const MDX_FACT_RE = /<Policy\s+id=["']([a-z0-9_-]+)["']\s*\/>/g;
const factsIn = (texts: string[], re: RegExp) => [...new Set(texts.flatMap((t) => [...t.matchAll(re)].map((m) => m[1]!)))];

/** MDX prose with `<Policy id="…" />` replaced by the fact's display value, line by line. */
function renderMdx(source: string, policies: Record<string, PolicyFact>): RenderedField[] {
  const body = source.replace(/^---[\s\S]*?\n---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1));
  return body
    .split('\n')
    .map((line, i) => ({line, i}))
    .filter(({line}) => line.trim() && !/^\s*(import|export)\s/.test(line))
    .map(({line, i}) => ({
      field: `第 ${i + 1} 行`,
      text: line.replace(MDX_FACT_RE, (_m, id: string) => (policies[id] ? formatPolicy(policies[id]) : `<Policy id="${id}" />`)).trim(),
    }));
}

function listMdx(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const abs = path.join(dir, e.name);
    return e.isDirectory() ? listMdx(abs) : /\.mdx?$/.test(e.name) ? [abs] : [];
  });
}

export function renderedEntries(root: string, c: KbContent): RenderedEntry[] {
  const policies = Object.fromEntries(c.policies.map((p) => [p.id, p]));
  const r = (s: string) => renderPolicies(s, policies);
  const file = (key: string) => c.origins[key]?.file ?? '';
  const out: RenderedEntry[] = [];

  for (const p of c.policies) {
    out.push({kind: 'policy', id: p.id, title: p.label, file: file(`policy:${p.id}`), facts: [p.id], fields: [{field: 'value', text: formatPolicy(p)}, ...(p.note ? [{field: 'note', text: p.note}] : [])]});
  }
  for (const q of c.qa) {
    const raw = [q.question, ...q.alternates, q.answer, ...q.conditions, ...q.steps, q.escalate];
    out.push({
      kind: 'qa',
      id: q.id,
      title: r(q.question),
      file: file(`qa:${q.id}`),
      facts: [...new Set([...factsIn(raw, FACT_RE), ...q.policies])],
      fields: [
        {field: 'question', text: r(q.question)},
        ...q.alternates.map((a, i) => ({field: `alternates[${i}]`, text: r(a)})),
        {field: 'answer', text: r(q.answer)},
        ...q.conditions.map((s, i) => ({field: `conditions[${i}]`, text: r(s)})),
        ...q.steps.map((s, i) => ({field: `steps[${i}]`, text: r(s)})),
        {field: 'escalate', text: r(q.escalate)},
      ],
    });
  }
  for (const p of c.phrases) {
    out.push({
      kind: 'phrase',
      id: p.id,
      title: r(p.title),
      file: file(`phrase:${p.id}`),
      facts: factsIn([p.title, ...p.variants.map((v) => v.text)], FACT_RE),
      fields: [{field: 'title', text: r(p.title)}, ...p.variants.map((v, i) => ({field: `variants[${i}]（${v.tone}${v.channel ? ` / ${v.channel}` : ''}）`, text: r(v.text)}))],
    });
  }
  for (const s of c.scenarios) {
    const fields: RenderedField[] = [{field: 'situation', text: r(s.situation)}];
    if (s.takeaway) fields.push({field: 'takeaway', text: r(s.takeaway)});
    for (const t of s.turns) {
      fields.push({field: `turns.${t.id}.customer`, text: r(t.customer)});
      t.options.forEach((o, i) => {
        fields.push({field: `turns.${t.id}.options[${i}].reply`, text: r(o.reply)});
        fields.push({field: `turns.${t.id}.options[${i}].feedback`, text: r(o.feedback)});
      });
    }
    const sources = [s.situation, s.takeaway ?? '', ...s.turns.flatMap((t) => [t.customer, ...t.options.flatMap((o) => [o.reply, o.feedback])])];
    out.push({kind: 'scenario', id: s.id, title: r(s.title), file: file(`scenario:${s.id}`), facts: factsIn(sources, FACT_RE), fields});
  }
  for (const cat of c.taxonomy.categories) {
    out.push({kind: 'category', id: cat.id, title: cat.name, file: 'data/taxonomy.yaml', facts: factsIn([cat.description], FACT_RE), fields: [{field: 'description', text: r(cat.description)}]});
  }
  for (const w of c.wording) {
    out.push({kind: 'wording', id: w.id, title: r(w.before), file: 'data/wording-pairs.yaml', facts: factsIn([w.before, w.after, w.why], FACT_RE), fields: [{field: 'before', text: r(w.before)}, {field: 'after', text: r(w.after)}, {field: 'why', text: r(w.why)}]});
  }
  for (const abs of listMdx(path.join(root, 'docs'))) {
    const rel = path.relative(root, abs).split(path.sep).join('/');
    const source = fs.readFileSync(abs, 'utf8');
    const title = /^title:\s*(.+)$/m.exec(source)?.[1]?.trim().replace(/^['"]|['"]$/g, '') ?? rel;
    out.push({kind: 'doc', id: rel, title, file: rel, facts: factsIn([source], MDX_FACT_RE), fields: renderMdx(source, policies)});
  }
  return out;
}
