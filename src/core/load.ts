/**
 * Reads every data file, validates it against the schema and the cross-file rules, and
 * returns the content together with every problem found (all files, one run). Node only:
 * the Docusaurus plugin, the `kb` tool and the tests call it; the browser gets its output.
 */
import fs from 'node:fs';
import path from 'node:path';
import {isMap, isSeq, type Node} from 'yaml';
import type * as z from 'zod';
import {describeZodIssue, formatPath, type ContentIssue, editDistance} from './issues';
import {parseYamlSource, readSource, type ParsedFile} from './source';
import {
  coverageSchema,
  glossarySchema,
  phraseSchema,
  policySchema,
  qaSchema,
  synonymsSchema,
  wordingPairsSchema,
  writingRulesSchema,
  type WritingRules,
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
import {readDocSources} from './numbers';

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
  /** Word lists for the writing lint (data/writing-rules.yaml). */
  writingRules: WritingRules;
  /** Routes of the Markdown/MDX pages under docs/, e.g. /docs/sop/reception. */
  docRoutes: string[];
  /** Where each entry was read, keyed `phrase:<id>`, `qa:<id>`, `policy:<id>`, `scenario:<id>`. */
  origins: Record<string, Origin>;
  /** How many list items the files hold, per kind, before validation: nothing may go missing. */
  rawCounts: Record<'phrases' | 'qa' | 'policies' | 'scenarios', number>;
}

/** One list entry as found in a file, and whether it made it into the content. */
export interface EntryRecord {
  kind: EntryKind;
  file: string;
  line?: number;
  id?: string;
  /** loaded; invalid (its entry has an issue); unreadable (its file could not be parsed). */
  status: 'loaded' | 'invalid' | 'unreadable';
}
export type EntryKind = 'policy' | 'phrase' | 'qa' | 'scenario';

export interface LoadResult {
  content: KbContent;
  issues: ContentIssue[];
  /** Every list entry found in the files, loaded or not: entries-in = entries-loaded is checked on it. */
  entries: EntryRecord[];
  /** Point an issue about a data field (path relative to its entry, or to the file) at its line. */
  locate(issue: ContentIssue): ContentIssue;
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
  writingRules: 'data/writing-rules.yaml',
  policies: 'data/policies',
  phrases: 'data/phrases',
  qa: 'data/qa',
  scenarios: 'data/scenarios',
} as const;

/** Where an empty or entry-less file is reported, and what to write instead. */
const EMPTY_FILE = {
  path: '(整个文件)',
  message: '文件是空的（或只有注释），没有任何条目：站点上这部分内容会整块消失',
  fix: '写入条目（列表文件每个条目以 "- id: …" 开头），或删除这个文件',
};

/**
 * Read and parse one data file; every problem (encoding, syntax, tags, aliases, invisible
 * text, malformed placeholders) is reported. Returns null when its value cannot be used.
 */
function parseFile(root: string, rel: string, issues: ContentIssue[], pending?: Set<string>, kind?: string): {file: ParsedFile; data: unknown} | null {
  const {text, raw} = readSource(root, rel, issues);
  const markPending = (source: string) => {
    // The entries of an unreadable file exist, they are just broken: references to them
    // are not reported a second time as "unknown".
    if (pending && kind) for (const m of source.matchAll(/^[ \t]*-?[ \t]*\{?[ \t]*id:[ \t]*["']?([a-z0-9]+(?:[-_][a-z0-9]+)*)/gm)) pending.add(`${kind}:${m[1]}`);
  };
  if (text === null) {
    if (raw) markPending(raw);
    return null;
  }
  const parsed = parseYamlSource(rel, text, issues);
  if (!parsed) {
    markPending(text);
    return null;
  }
  if (parsed.data == null || (Array.isArray(parsed.data) && parsed.data.length === 0)) {
    issues.push({file: rel, line: 1, ...EMPTY_FILE});
    return null;
  }
  return parsed;
}

/** A file's bytes as Latin-1, for counting the entries of a file that cannot be parsed. */
function readRaw(root: string, rel: string): string {
  try {
    return fs.readFileSync(path.join(root, rel), 'latin1');
  } catch {
    return '';
  }
}

/** Where a misplaced data file probably belongs: `data/qa-new.yaml` → `data/qa/new.yaml`. */
function suggestHome(rel: string): string | undefined {
  const name = path.posix.basename(rel).replace(/\.ya?ml$/, '');
  const parts = rel.split('/');
  const folders: Record<string, string> = {qa: DATA_FILES.qa, faq: DATA_FILES.qa, phrases: DATA_FILES.phrases, phrase: DATA_FILES.phrases, policies: DATA_FILES.policies, policy: DATA_FILES.policies, scenarios: DATA_FILES.scenarios, scenario: DATA_FILES.scenarios};
  for (const word of [...parts.slice(1, -1), ...name.split(/[-_.]/)]) {
    const folder = Object.hasOwn(folders, word) ? folders[word] : undefined;
    if (folder) {
      const rest = name.split(/[-_.]/).filter((w) => w !== word).join('-') || 'new';
      return `${folder}/${rest}.yaml`;
    }
  }
  return undefined;
}

/**
 * Every file under data/ is a kind the loader reads, or an error naming it: a new folder
 * (`data/faq/`) or file (`data/qa-new.yaml`) is never read, so its content would silently
 * not appear. Inside the list folders, `loadList` reports stray files.
 */
export function inventoryData(root: string): ContentIssue[] {
  const base = path.join(root, DATA_DIR);
  if (!fs.existsSync(base)) return [];
  const known = new Set<string>(Object.values(DATA_FILES));
  const issues: ContentIssue[] = [];
  const unknownFile = (rel: string) => {
    const home = suggestHome(rel);
    issues.push({
      file: rel,
      path: '(整个文件)',
      message: '站点不读取这个位置的文件，里面的内容不会出现在站点上（也不会被检查）',
      fix: home
        ? `移到 ${home}（问答放 data/qa/，话术放 data/phrases/，政策放 data/policies/，情景放 data/scenarios/）`
        : `问答放 data/qa/，话术放 data/phrases/，政策放 data/policies/，情景放 data/scenarios/；其他文件请移出 data/（已知的单个文件：${[...known].filter((k) => k.endsWith('.yaml')).join('、')}）`,
    });
  };
  const walk = (dirRel: string) => {
    for (const e of fs.readdirSync(path.join(root, dirRel), {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const rel = `${dirRel}/${e.name}`;
      if (e.isDirectory()) {
        const before = issues.length;
        walk(rel);
        if (issues.length === before) issues.push({file: `${rel}/`, path: '(整个文件)', message: '站点不读取这个文件夹', fix: '删除这个空文件夹'});
      } else unknownFile(rel);
    }
  };
  for (const e of fs.readdirSync(base, {withFileTypes: true})) {
    if (e.name.startsWith('.')) continue;
    const rel = `${DATA_DIR}/${e.name}`;
    if (known.has(rel)) continue;
    if (e.isDirectory()) {
      const before = issues.length;
      walk(rel);
      if (issues.length === before) issues.push({file: `${rel}/`, path: '(整个文件)', message: '站点不读取这个文件夹', fix: '删除这个空文件夹'});
    } else unknownFile(rel);
  }
  return issues;
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

/** Schema issues as content issues. `entryId` names the entry, or finds it from an issue's path. */
function zodIssues(
  file: ParsedFile,
  error: z.ZodError,
  prefix: PropertyKey[],
  entryId?: string | ((path: readonly PropertyKey[]) => string | undefined),
): ContentIssue[] {
  const idOf = (p: readonly PropertyKey[]) => (typeof entryId === 'function' ? entryId(p) : entryId);
  // Required fields that are missing, by parent path: an unknown key next to one is usually its misspelling.
  const missing = new Map<string, string[]>();
  for (const issue of error.issues) {
    const last = issue.path[issue.path.length - 1];
    if (issue.code === 'invalid_type' && issue.input === undefined && typeof last === 'string') {
      const parent = formatPath(issue.path.slice(0, -1));
      missing.set(parent, [...(missing.get(parent) ?? []), last]);
    }
  }
  return error.issues.map((issue) => {
    const full = [...prefix, ...issue.path];
    const described = describeZodIssue(issue, full);
    if (issue.code === 'unrecognized_keys') {
      const first = issue.keys[0]!;
      const candidates = missing.get(formatPath(issue.path)) ?? [];
      const guesses = issue.keys.flatMap((k) => {
        const near = candidates.find((c) => editDistance(k, c) <= Math.max(2, Math.floor(c.length / 3)));
        return near ? [`把 ${k} 改为 ${near}`] : [];
      });
      const at = issue.keys.length === 1 ? [...full, first] : full;
      return {
        file: file.rel,
        ...lineOf(file, [...full, first]),
        path: formatPath(at),
        entryId: idOf(issue.path),
        ...described,
        fix: guesses.length ? `${guesses.join('；')}（字段名区分大小写）` : described.fix,
      };
    }
    return {file: file.rel, ...lineOf(file, full), path: formatPath(full), entryId: idOf(issue.path), ...described};
  });
}

function loadObject<S extends z.ZodType>(root: string, rel: string, schema: S, issues: ContentIssue[], parsedFiles: Map<string, ParsedFile>): z.infer<S> | null {
  const parsedFile = parseFile(root, rel, issues);
  if (!parsedFile) return null;
  const {file, data} = parsedFile;
  parsedFiles.set(rel, file);
  const parsed = schema.safeParse(data, {reportInput: true});
  if (!parsed.success) {
    // Lists of entries with ids (seed coverage, wording pairs): name the entry, like list files do.
    const idAt = (i: PropertyKey | undefined) => {
      const entry = Array.isArray(data) && typeof i === 'number' ? (data[i] as {id?: unknown} | null) : null;
      return typeof entry?.id === 'string' ? entry.id : undefined;
    };
    issues.push(...zodIssues(file, parsed.error, [], (p) => idAt(p[0])));
    return null;
  }
  return parsed.data;
}

interface LoadState {
  issues: ContentIssue[];
  origins: Record<string, Origin>;
  /** Parsed data files, and each valid list entry's index in its file, for pointing at lines later. */
  parsedFiles: Map<string, ParsedFile>;
  entryIndex: Map<string, number>;
  /** `kind:id` of entries that exist in the files but did not load (broken file or entry). */
  pending: Set<string>;
  entries: EntryRecord[];
}

/** Every `*.yaml` file in a folder holds a list of entries with an `id`. */
function loadList<S extends z.ZodType>(root: string, dir: string, kind: string, schema: S, state: LoadState): {items: z.infer<S>[]; raw: number} {
  const {issues, origins} = state;
  const items: z.infer<S>[] = [];
  let raw = 0;
  const abs = path.join(root, dir);
  const entries = fs.existsSync(abs) ? fs.readdirSync(abs, {withFileTypes: true}) : [];
  // Nothing in a data folder is skipped silently: a file the site would not read is an error.
  for (const e of entries) {
    if (e.isFile() && /\.ya?ml$/.test(e.name)) continue;
    if (e.name.startsWith('.')) continue;
    issues.push({
      file: `${dir}/${e.name}`,
      path: '(整个文件)',
      message: e.isDirectory() ? `${dir}/ 下的子文件夹不会被读取，里面的条目不会出现在站点上` : `只有 .yaml 文件会被读取，这个文件不会出现在站点上`,
      fix: e.isDirectory() ? `把其中的 .yaml 文件直接放到 ${dir}/ 下，并删除这个文件夹` : `改名为 .yaml 结尾，或把它移出 ${dir}/`,
    });
  }
  const files = entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => e.name).sort();
  for (const name of files) {
    const rel = `${dir}/${name}`;
    const parsedFile = parseFile(root, rel, issues, state.pending, kind);
    if (!parsedFile) {
      // Entries of a file that could not be read still count as entries in the files.
      const text = readRaw(root, rel);
      for (const m of text.matchAll(/^-(?:[ \t]+(?:id:[ \t]*["']?([a-z0-9]+(?:[-_][a-z0-9]+)*))?|$)/gm)) {
        raw++;
        state.entries.push({kind: kind as EntryKind, file: rel, line: text.slice(0, m.index).split('\n').length, id: m[1], status: 'unreadable'});
      }
      continue;
    }
    const {file, data} = parsedFile;
    state.parsedFiles.set(file.rel, file);
    if (!Array.isArray(data)) {
      issues.push({file: file.rel, line: 1, path: '(整个文件)', message: `文件内容应是一个列表，现在是${typeof data === 'object' ? '对象（键: 值）' : '一段文本'}`, fix: '每个条目以 "- id: …" 开头，整个文件是条目的列表'});
      if (typeof data === 'object' && typeof (data as {id?: unknown}).id === 'string') state.pending.add(`${kind}:${(data as {id: string}).id}`);
      continue;
    }
    raw += data.length;
    data.forEach((entry, index) => {
      const id = typeof entry?.id === 'string' ? entry.id : undefined;
      const parsed = schema.safeParse(entry, {reportInput: true});
      const {line = 1} = lineOf(file, [index]);
      const record: EntryRecord = {kind: kind as EntryKind, file: file.rel, line, id, status: 'invalid'};
      state.entries.push(record);
      if (!parsed.success) {
        issues.push(...zodIssues(file, parsed.error, [index], id));
        if (id) state.pending.add(`${kind}:${id}`);
        return;
      }
      const value = parsed.data as {id: string};
      const key = `${kind}:${value.id}`;
      if (origins[key]) {
        const first = origins[key];
        issues.push({
          file: file.rel,
          ...lineOf(file, [index, 'id']),
          path: `[${index}].id`,
          entryId: value.id,
          message: `id 重复：${value.id} 已在 ${first.file}:${first.line} 使用`,
          fix: '给这个条目换一个没有用过的 id（id 会出现在链接里，发布后不要再改）',
        });
        return;
      }
      origins[key] = {file: file.rel, line};
      record.status = 'loaded';
      state.entryIndex.set(`${file.rel}#${value.id}`, index);
      items.push(parsed.data);
    });
  }
  return {items, raw};
}

/** `variants[0].text` → ['variants', 0, 'text']. */
function parsePath(p: string): PropertyKey[] {
  return [...p.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
}

/**
 * Cross-file issues name the field relative to their entry; point them at the field's
 * line, with the path from the top of the file like schema issues.
 */
function locate(issue: ContentIssue, state: LoadState): ContentIssue {
  const file = state.parsedFiles.get(issue.file);
  if (!file || issue.path.startsWith('(')) return issue;
  const index = issue.entryId === undefined ? undefined : state.entryIndex.get(`${issue.file}#${issue.entryId}`);
  const segments = index === undefined ? parsePath(issue.path) : [index, ...parsePath(issue.path)];
  const at = lineOf(file, segments);
  return {...issue, path: formatPath(segments), line: at.line ?? issue.line, column: at.line ? at.column : issue.column};
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
  const state: LoadState = {issues, origins, parsedFiles: new Map(), entryIndex: new Map(), pending: new Set(), entries: []};
  issues.push(...inventoryData(root));
  const files = state.parsedFiles;
  const taxonomy = loadObject(root, DATA_FILES.taxonomy, taxonomySchema, issues, files);
  const glossary = loadObject(root, DATA_FILES.glossary, glossarySchema, issues, files) ?? [];
  const synonyms = loadObject(root, DATA_FILES.synonyms, synonymsSchema, issues, files) ?? [];
  const coverage = loadObject(root, DATA_FILES.coverage, coverageSchema, issues, files) ?? [];
  const wording = loadObject(root, DATA_FILES.wording, wordingPairsSchema, issues, files) ?? [];
  const writingRules = loadObject(root, DATA_FILES.writingRules, writingRulesSchema, issues, files) ?? {promises: [], bad_news: [], fault_admission: [], third_person: []};
  const policies = loadList(root, DATA_FILES.policies, 'policy', policySchema, state);
  const phrases = loadList(root, DATA_FILES.phrases, 'phrase', phraseSchema, state);
  const qa = loadList(root, DATA_FILES.qa, 'qa', qaSchema, state);
  const scenarios = loadList(root, DATA_FILES.scenarios, 'scenario', scenarioSchema, state);

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
    writingRules,
    docRoutes: listDocRoutes(root),
    origins,
    rawCounts: {phrases: phrases.raw, qa: qa.raw, policies: policies.raw, scenarios: scenarios.raw},
  };
  // Cross-file rules run even when some files are broken, so one run reports everything;
  // references to entries that exist but failed to load are not reported twice.
  const crossFile = validateContent(content, {pending: state.pending, taxonomyLoaded: taxonomy !== null, docs: readDocSources(root)});
  issues.push(...crossFile.map((i) => locate(i, state)));
  // Grouped by file, top to bottom, the order an editor works through them.
  issues.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return {content, issues, entries: state.entries, locate: (i) => locate(i, state)};
}
