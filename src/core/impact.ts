/**
 * `kb impact <policy-id>`: every place that renders a policy fact — `{policy.<id>}` in the
 * data files, `<Policy id="<id>" />` in the pages — and the Q&A entries that list it as a
 * fact they rely on, with file, line, entry and field, so an editor knows what a change
 * to the fact will touch before making it.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ImpactSite {
  file: string;
  line: number;
  /** The entry's id (YAML) or the page (MDX). */
  entry: string;
  /** The field holding the reference (YAML), or empty for a page. */
  field: string;
  /** `quote`: rendered in the text; `relies`: listed under `policies:` without being quoted. */
  how: 'quote' | 'relies';
  text: string;
}

function walk(dir: string, ext: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const abs = path.join(dir, e.name);
      return e.isDirectory() ? walk(abs, ext) : ext.test(e.name) ? [abs] : [];
    });
}

const indent = (s: string) => /^\s*/.exec(s)![0].length;
const KEY_RE = /^\s*(?:-\s+)?([A-Za-z_][\w]*):/;

/** The enclosing top-level entry id and the key (with a nested item's id, e.g. a turn) for a line of a YAML list file. */
function yamlContext(lines: string[], at: number): {entry: string; field: string} {
  let key = KEY_RE.exec(lines[at]!)?.[1] ?? '';
  let level = indent(lines[at]!);
  let entry = /^-\s+id:\s*([a-z0-9_-]+)/.exec(lines[at]!)?.[1] ?? /^\s*-\s*\{\s*id:\s*([a-z0-9_-]+)/.exec(lines[at]!)?.[1] ?? '';
  let nested = '';
  for (let i = at - 1; i >= 0 && !entry; i--) {
    const line = lines[i]!;
    if (!line.trim() || line.trim().startsWith('#')) continue;
    entry = /^-\s+id:\s*([a-z0-9_-]+)/.exec(line)?.[1] ?? '';
    if (entry) break;
    const inner = /^\s+-\s+id:\s*([a-z0-9_-]+)/.exec(line)?.[1];
    if (inner && !nested && indent(line) < level) nested = inner;
    if (!key && indent(line) < level) {
      key = KEY_RE.exec(line)?.[1] ?? '';
      level = indent(line);
    }
  }
  return {entry, field: nested ? `${nested} · ${key}` : key};
}

export function policyImpact(root: string, id: string): ImpactSite[] {
  const out: ImpactSite[] = [];
  const quoteRe = new RegExp(`\\{policy\\.${id}\\}`);
  const listRe = new RegExp(`^\\s*policies:\\s*\\[[^\\]]*\\b${id}\\b`);
  for (const abs of walk(path.join(root, 'data'), /\.ya?ml$/)) {
    const file = path.relative(root, abs).split(path.sep).join('/');
    const lines = fs.readFileSync(abs, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const how = quoteRe.test(line) ? 'quote' : listRe.test(line) ? 'relies' : null;
      if (!how) return;
      out.push({file, line: i + 1, ...yamlContext(lines, i), how, text: line.trim()});
    });
  }
  const mdxRe = new RegExp(`<Policy\\s+id=["']${id}["']`);
  for (const abs of walk(path.join(root, 'docs'), /\.mdx?$/)) {
    const file = path.relative(root, abs).split(path.sep).join('/');
    fs.readFileSync(abs, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (mdxRe.test(line)) out.push({file, line: i + 1, entry: file, field: '', how: 'quote', text: line.trim()});
      });
  }
  return out;
}

export function formatImpact(id: string, sites: ImpactSite[]): string {
  if (!sites.length) return `政策 ${id} 没有被任何话术、问答、情景或页面引用。`;
  const quoted = sites.filter((s) => s.how === 'quote');
  const relies = sites.filter((s) => s.how === 'relies');
  const row = (s: ImpactSite) => `  ${s.file}:${s.line}  ${s.entry}${s.field ? ` · ${s.field}` : ''}\n    ${s.text.length > 120 ? `${s.text.slice(0, 120)}…` : s.text}`;
  const parts = [`政策 ${id} 在 ${quoted.length} 处直接显示（改动后这些文字都会变）：`, ...quoted.map(row)];
  if (relies.length) parts.push('', `另有 ${relies.length} 个问答把它列为依据（policies），页面的“依据”会随之变化：`, ...relies.map(row));
  return parts.join('\n');
}
