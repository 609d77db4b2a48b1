/**
 * `kb diff <base-ref>`: what a change means for agents, as Markdown for a pull request's
 * job summary. Entries added, removed and changed per kind; for every changed text or
 * policy fact, each affected reply and answer before → after, as agents will read it.
 */
import {KIND_LABELS, type EntryKind, type RenderedEntry, type RenderedField} from './rendered';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface EntryChange {
  kind: EntryKind;
  id: string;
  title: string;
  file: string;
  changes: FieldChange[];
  /** Changed policy facts this entry quotes or relies on. */
  viaFacts: string[];
}

export interface ContentDiff {
  added: RenderedEntry[];
  removed: RenderedEntry[];
  changed: EntryChange[];
  facts: {id: string; label: string; before: string; after: string}[];
}

const key = (e: Pick<RenderedEntry, 'kind' | 'id'>) => `${e.kind}:${e.id}`;

/** The fields of `x` whose text `y` does not hold (as many times). */
function minus(x: RenderedField[], y: RenderedField[]): RenderedField[] {
  const left = new Map<string, number>();
  for (const f of y) left.set(f.text, (left.get(f.text) ?? 0) + 1);
  return x.filter((f) => {
    const n = left.get(f.text) ?? 0;
    if (n > 0) left.set(f.text, n - 1);
    return n === 0;
  });
}

/** Docs are compared as sets of lines (line numbers shift); entries field by field. */
function fieldChanges(kind: EntryKind, a: RenderedField[], b: RenderedField[]): FieldChange[] {
  if (kind === 'doc') {
    const removed = minus(a, b);
    const added = minus(b, a);
    // Pair a removed line with an added one when both exist: a changed sentence reads better as before → after.
    const out: FieldChange[] = [];
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      out.push({field: added[i]?.field ?? removed[i]!.field, before: removed[i]?.text ?? null, after: added[i]?.text ?? null});
    }
    return out;
  }
  const before = new Map(a.map((f) => [f.field, f.text]));
  const after = new Map(b.map((f) => [f.field, f.text]));
  const fields = [...new Set([...before.keys(), ...after.keys()])];
  return fields.filter((f) => before.get(f) !== after.get(f)).map((field) => ({field, before: before.get(field) ?? null, after: after.get(field) ?? null}));
}

export function diffRendered(before: RenderedEntry[], after: RenderedEntry[]): ContentDiff {
  const a = new Map(before.map((e) => [key(e), e]));
  const b = new Map(after.map((e) => [key(e), e]));
  const facts = after
    .filter((e) => e.kind === 'policy' && a.has(key(e)))
    .map((e) => ({id: e.id, label: e.title, before: a.get(key(e))!.fields[0]!.text, after: e.fields[0]!.text}))
    .filter((f) => f.before !== f.after);
  const changedFacts = new Set(facts.map((f) => f.id));
  const changed: EntryChange[] = [];
  for (const [k, e] of b) {
    const old = a.get(k);
    if (!old) continue;
    const changes = fieldChanges(e.kind, old.fields, e.fields);
    if (!changes.length && old.title === e.title) continue;
    changed.push({kind: e.kind, id: e.id, title: e.title, file: e.file, changes, viaFacts: e.facts.filter((f) => changedFacts.has(f))});
  }
  return {
    added: after.filter((e) => !a.has(key(e))),
    removed: before.filter((e) => !b.has(key(e))),
    changed,
    facts,
  };
}

const quote = (s: string | null) => (s === null ? '（无）' : s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1'));
const ORDER: EntryKind[] = ['policy', 'qa', 'phrase', 'scenario', 'doc', 'category', 'wording'];

export function diffMarkdown(d: ContentDiff, base: string): string {
  const lines: string[] = [`## 内容变更：客服将看到什么（与 \`${base}\` 相比）`, ''];
  if (!d.added.length && !d.removed.length && !d.changed.length) return [...lines, '没有影响客服所见内容的变更。', ''].join('\n');
  lines.push('| 类型 | 新增 | 删除 | 修改 |', '| --- | --- | --- | --- |');
  for (const kind of ORDER) {
    const n = (list: {kind: EntryKind}[]) => list.filter((e) => e.kind === kind).length;
    if (n(d.added) + n(d.removed) + n(d.changed)) lines.push(`| ${KIND_LABELS[kind]} | ${n(d.added)} | ${n(d.removed)} | ${n(d.changed)} |`);
  }
  lines.push('');
  if (d.facts.length) {
    lines.push('### 政策数值变更', '');
    for (const f of d.facts) {
      const affected = d.changed.filter((c) => c.viaFacts.includes(f.id) && c.kind !== 'policy');
      lines.push(`- \`${f.id}\` ${quote(f.label)}：**${quote(f.before)} → ${quote(f.after)}**，影响 ${affected.length} 个条目（改前 → 改后见下文）`);
    }
    lines.push('');
  }
  const entry = (e: {kind: EntryKind; id: string; title: string; file: string}) => `${KIND_LABELS[e.kind]} \`${e.id}\` ${quote(e.title)}（${e.file}）`;
  if (d.added.length) {
    lines.push('### 新增', '');
    for (const e of d.added) lines.push(`- ${entry(e)}`);
    lines.push('');
  }
  if (d.removed.length) {
    lines.push('### 删除', '', '> 删除的条目在站点上消失，链接到它们的页面和收藏会失效。', '');
    for (const e of d.removed) lines.push(`- ${entry(e)}`);
    lines.push('');
  }
  if (d.changed.length) {
    lines.push('### 修改（改前 → 改后）', '');
    for (const kind of ORDER) {
      for (const c of d.changed.filter((x) => x.kind === kind)) {
        lines.push(`#### ${entry(c)}`, '');
        if (c.viaFacts.length) lines.push(`引用了变更的政策：${c.viaFacts.map((f) => `\`${f}\``).join('、')}`, '');
        for (const ch of c.changes) {
          lines.push(`- **${quote(ch.field)}**`, `  - 改前：${quote(ch.before)}`, `  - 改后：${quote(ch.after)}`);
        }
        lines.push('');
      }
    }
  }
  return lines.join('\n');
}
