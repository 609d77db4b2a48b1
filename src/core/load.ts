/**
 * Reads every data file, validates it against the schema and the cross-file rules, and
 * returns the content together with every problem found (all files, one run). Node only:
 * the Docusaurus plugin, the `kb` tool and the tests call it; the browser gets its output.
 */
import fs from 'node:fs';
import path from 'node:path';
import {LineCounter, parseDocument, isMap, isSeq, type Node} from 'yaml';
import type * as z from 'zod';
import {describeZodIssue, formatPath, type ContentIssue} from './issues';
import {
  coverageSchema,
  glossarySchema,
  phraseSchema,
  policySchema,
  qaSchema,
  synonymsSchema,
  wordingPairsSchema,
  type WordingPair,
  taxonomySchema,
  type Coverage,
  type Glossary,
  type Phrase,
  type PolicyFact,
  type QaEntry,
  type Synonyms,
  type Taxonomy,
} from './schema';
import {scenarioSchema, type Scenario} from './scenario';
import {validateContent} from './validate';

export interface Origin {
  file: string;
  line: number;
}

export interface KbContent {
  taxonomy: Taxonomy;
  policies: PolicyFact[];
  phrases: Phrase[];
  qa: QaEntry[];
  scenarios: Scenario[];
  glossary: Glossary;
  synonyms: Synonyms;
  coverage: Coverage;
  wording: WordingPair[];
  /** Routes of the Markdown/MDX pages under docs/, e.g. /docs/sop/reception. */
  docRoutes: string[];
  /** Where each entry was read, keyed `phrase:<id>`, `qa:<id>`, `policy:<id>`, `scenario:<id>`. */
  origins: Record<string, Origin>;
  /** How many list items the files hold, per kind, before validation: nothing may go missing. */
  rawCounts: Record<'phrases' | 'qa' | 'policies' | 'scenarios', number>;
}

export interface LoadResult {
  content: KbContent;
  issues: ContentIssue[];
}

export const DATA_DIR = 'data';
export const DOCS_DIR = 'docs';

/** Data files and folders, relative to the site root. One home per concern. */
export const DATA_FILES = {
  taxonomy: 'data/taxonomy.yaml',
  glossary: 'data/glossary.yaml',
  synonyms: 'data/synonyms.yaml',
  coverage: 'data/seed-coverage.yaml',
  wording: 'data/wording-pairs.yaml',
  policies: 'data/policies',
  phrases: 'data/phrases',
  qa: 'data/qa',
  scenarios: 'data/scenarios',
} as const;

interface ParsedFile {
  rel: string;
  doc: ReturnType<typeof parseDocument>;
  lines: LineCounter;
}

function parseFile(root: string, rel: string, issues: ContentIssue[]): ParsedFile | null {
  const abs = path.join(root, rel);
  let source: string;
  try {
    source = fs.readFileSync(abs, 'utf8');
  } catch {
    issues.push({file: rel, path: '(整个文件)', message: '文件不存在或无法读取', fix: `创建 ${rel}，或检查文件名`});
    return null;
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, {lineCounter: lines, prettyErrors: false, uniqueKeys: true});
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      issues.push({
        file: rel,
        line: pos?.line,
        column: pos?.col,
        path: '(YAML 语法)',
        message: `YAML 语法错误：${e.message.split('\n')[0]}`,
        fix: '检查这一行的缩进、冒号后的空格和引号是否成对；含冒号或 # 的文本请用引号括起来',
      });
    }
    return null;
  }
  return {rel, doc, lines};
}

/** Line of the deepest node that exists along `p`: a missing field points at its entry. */
function lineOf(file: ParsedFile, p: readonly PropertyKey[]): {line?: number; column?: number} {
  let node = file.doc.contents as Node | null;
  let best = node;
  for (const key of p) {
    if (isMap(node) || isSeq(node)) {
      const next = (node as {get(k: unknown, keep: true): unknown}).get(key, true) as Node | undefined;
      if (!next) break;
      node = next;
      best = next;
    } else break;
  }
  const offset = best?.range?.[0];
  if (offset === undefined) return {};
  const pos = file.lines.linePos(offset);
  return {line: pos.line, column: pos.col};
}

function zodIssues(file: ParsedFile, error: z.ZodError, prefix: PropertyKey[], entryId?: string): ContentIssue[] {
  return error.issues.map((issue) => {
    const full = [...prefix, ...issue.path];
    return {file: file.rel, ...lineOf(file, full), path: formatPath(full), entryId, ...describeZodIssue(issue)};
  });
}

function loadObject<S extends z.ZodType>(root: string, rel: string, schema: S, issues: ContentIssue[]): z.infer<S> | null {
  const file = parseFile(root, rel, issues);
  if (!file) return null;
  const parsed = schema.safeParse(file.doc.toJS(), {reportInput: true});
  if (!parsed.success) {
    issues.push(...zodIssues(file, parsed.error, []));
    return null;
  }
  return parsed.data;
}

/** Every `*.yaml` file in a folder holds a list of entries with an `id`. */
function loadList<S extends z.ZodType>(
  root: string,
  dir: string,
  kind: string,
  schema: S,
  issues: ContentIssue[],
  origins: Record<string, Origin>,
): {items: z.infer<S>[]; raw: number} {
  const items: z.infer<S>[] = [];
  let raw = 0;
  const abs = path.join(root, dir);
  const files = fs.existsSync(abs)
    ? fs.readdirSync(abs).filter((f) => /\.ya?ml$/.test(f)).sort()
    : [];
  for (const name of files) {
    const file = parseFile(root, `${dir}/${name}`, issues);
    if (!file) continue;
    const data = file.doc.toJS() as unknown;
    if (data == null) continue;
    if (!Array.isArray(data)) {
      issues.push({file: file.rel, line: 1, path: '(整个文件)', message: '文件内容应是一个列表', fix: '每个条目以 "- id: …" 开头，整个文件是条目的列表'});
      continue;
    }
    raw += data.length;
    data.forEach((entry, index) => {
      const id = typeof entry?.id === 'string' ? entry.id : undefined;
      const parsed = schema.safeParse(entry, {reportInput: true});
      if (!parsed.success) {
        issues.push(...zodIssues(file, parsed.error, [index], id));
        return;
      }
      const value = parsed.data as {id: string};
      const key = `${kind}:${value.id}`;
      const {line = 1} = lineOf(file, [index]);
      if (origins[key]) {
        const first = origins[key];
        issues.push({
          file: file.rel,
          line,
          path: `[${index}].id`,
          entryId: value.id,
          message: `id 重复：${value.id} 已在 ${first.file}:${first.line} 使用`,
          fix: '给这个条目换一个没有用过的 id（id 会出现在链接里，发布后不要再改）',
        });
        return;
      }
      origins[key] = {file: file.rel, line};
      items.push(parsed.data);
    });
  }
  return {items, raw};
}

/** Docs routes as Docusaurus makes them by default (front-matter `slug` honoured). */
export function listDocRoutes(root: string): string[] {
  const base = path.join(root, DOCS_DIR);
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) {
        const rel = path.relative(base, abs).replace(/\\/g, '/').replace(/\.mdx?$/, '');
        const slug = /^---[\s\S]*?^slug:\s*(\S+)[\s\S]*?^---/m.exec(fs.readFileSync(abs, 'utf8'))?.[1];
        const dirRel = path.posix.dirname(rel) === '.' ? '' : path.posix.dirname(rel);
        let route: string;
        if (slug) route = slug.startsWith('/') ? slug : `/${dirRel ? `${dirRel}/` : ''}${slug}`;
        else route = `/${rel.replace(/(^|\/)index$/, '')}`;
        routes.push(`/docs${route === '/' ? '' : route.replace(/\/$/, '')}`);
      }
    }
  };
  if (fs.existsSync(base)) walk(base);
  return routes.sort();
}

export function loadContent(root: string): LoadResult {
  const issues: ContentIssue[] = [];
  const origins: Record<string, Origin> = {};
  const taxonomy = loadObject(root, DATA_FILES.taxonomy, taxonomySchema, issues);
  const glossary = loadObject(root, DATA_FILES.glossary, glossarySchema, issues) ?? [];
  const synonyms = loadObject(root, DATA_FILES.synonyms, synonymsSchema, issues) ?? [];
  const coverage = loadObject(root, DATA_FILES.coverage, coverageSchema, issues) ?? [];
  const wording = loadObject(root, DATA_FILES.wording, wordingPairsSchema, issues) ?? [];
  const policies = loadList(root, DATA_FILES.policies, 'policy', policySchema, issues, origins);
  const phrases = loadList(root, DATA_FILES.phrases, 'phrase', phraseSchema, issues, origins);
  const qa = loadList(root, DATA_FILES.qa, 'qa', qaSchema, issues, origins);
  const scenarios = loadList(root, DATA_FILES.scenarios, 'scenario', scenarioSchema, issues, origins);

  const content: KbContent = {
    taxonomy: taxonomy ?? {stages: [], categories: [], scenarios: []},
    policies: policies.items,
    phrases: phrases.items,
    qa: qa.items,
    scenarios: scenarios.items,
    glossary,
    synonyms,
    coverage,
    wording,
    docRoutes: listDocRoutes(root),
    origins,
    rawCounts: {phrases: phrases.raw, qa: qa.raw, policies: policies.raw, scenarios: scenarios.raw},
  };
  if (taxonomy) issues.push(...validateContent(content));
  return {content, issues};
}
