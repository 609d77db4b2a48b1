/**
 * Builds the search index files (format.ts) from search documents. Node only: pinyin
 * and the Traditional character map are computed here, so the browser ships neither
 * pinyin-pro nor OpenCC.
 */
import {createHash} from 'node:crypto';
import {pinyin} from 'pinyin-pro';
import * as OpenCC from 'opencc-js';
import {
  BUNDLE,
  FIELDS,
  INDEX_VERSION,
  shardOf,
  type IndexMeta,
  type SearchDoc,
  type StoredDoc,
} from './format';
import {createShardIndex} from './shard';
import {fullPinyinTokens, initialsTokens} from './pinyin';
import {isCjk, normalize, runs, tokenize} from './text';

export interface BuiltIndex {
  hash: string;
  /** Relative path inside the index folder → file content. */
  files: Map<string, string>;
  meta: IndexMeta;
  stats: {docs: number; terms: number; postings: number; shards: number; chunks: number};
}

export interface BuildOptions {
  synonyms?: string[][];
  /** Raw bytes a term shard should hold, roughly. */
  shardBytes?: number;
  chunkSize?: number;
}

/** Pinyin tokens of the Chinese runs in a short text: full syllable bigrams and initials bigrams. */
export function pinyinTokens(norm: string): string[] {
  const out = new Set<string>();
  for (const run of runs(norm)) {
    if (run.kind !== 'cjk' || run.text.length < 2) continue;
    const syllables = pinyin(run.text, {toneType: 'none', type: 'array', v: true});
    if (syllables.length !== run.text.length) continue;
    for (const t of fullPinyinTokens(syllables)) out.add(t);
    for (const t of initialsTokens(syllables.map((s) => s[0] ?? '').join(''))) out.add(t);
  }
  return [...out];
}

const converters = ['tw', 'hk', 'twp'].map((to) => OpenCC.Converter({from: 'cn', to: to as 'tw'}));

/** Traditional forms of every Simplified character the corpus uses, as "繁简繁简…" pairs. */
export function traditionalMap(texts: Iterable<string>): string {
  const chars = new Set<string>();
  for (const t of texts) for (const ch of t) if (isCjk(ch)) chars.add(ch);
  const pairs = new Map<string, string>();
  for (const ch of [...chars].sort()) {
    for (const convert of converters) {
      const trad = convert(ch);
      if (trad.length === 1 && trad !== ch && !chars.has(trad)) pairs.set(trad, ch);
    }
  }
  return [...pairs].map(([t, s]) => t + s).join('');
}

/** The placeholder-free text a phrase variant is indexed and previewed with. */
export const displayTemplate = (text: string, labels: Record<string, string>) =>
  text.replace(/\{([a-z][a-z0-9_]*)\}/g, (_, name: string) => `〔${labels[name] ?? name}〕`);

export function buildIndex(docs: SearchDoc[], opts: BuildOptions = {}): BuiltIndex {
  const chunkSize = opts.chunkSize ?? 8;
  const shardBytes = opts.shardBytes ?? 24_000;

  // 1. Terms: field-prefixed tokens → ids (ids are positions in `docs`).
  const postings = new Map<string, number[]>();
  const add = (term: string, id: number) => {
    const list = postings.get(term);
    if (!list) postings.set(term, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  docs.forEach((doc, id) => {
    const fields: [number, string[], boolean][] = [
      [FIELDS.title, [doc.title], true],
      [FIELDS.alt, doc.alt, true],
      [FIELDS.heading, doc.heading, true],
      [FIELDS.body, [doc.body], false],
    ];
    for (const [field, texts, short] of fields) {
      for (const text of texts) {
        const norm = normalize(text);
        const tokens = tokenize(norm, {unigrams: short});
        if (short) tokens.push(...pinyinTokens(norm));
        for (const t of tokens) add(field + t, id);
      }
    }
  });

  // 2. Shards: a power of two sized so each holds about `shardBytes` of export.
  let bytes = 0;
  for (const [term, ids] of postings) bytes += term.length * 3 + 8 + ids.length * (String(docs.length).length + 1);
  let shards = 4;
  while (shards < 8192 && bytes / shards > shardBytes) shards *= 2;

  const files = new Map<string, string>();
  const byShard: [string, number[]][][] = Array.from({length: shards}, () => []);
  for (const entry of postings) byShard[shardOf(entry[0].slice(1), shards)]!.push(entry);
  byShard.forEach((entries, n) => {
    const index = createShardIndex();
    // FlexSearch indexes a document's encoded terms; our encoder splits on spaces.
    const perDoc = new Map<number, string[]>();
    for (const [term, ids] of entries) for (const id of ids) (perDoc.get(id) ?? perDoc.set(id, []).get(id)!).push(term);
    for (const [id, terms] of perDoc) index.add(id, terms.join(' '));
    let map = '[]';
    index.export((key: string, data: string) => {
      if (key.endsWith('map')) map = data;
    });
    files.set(`t/${n}.json`, map);
  });

  // 3. Document chunks.
  const stored: StoredDoc[] = docs.map((d) => ({
    k: d.type,
    t: d.title,
    u: d.url,
    c: d.crumb,
    ...(d.alt.length ? {a: d.alt.join(' / ')} : {}),
    x: (d.snippet ?? d.body).replace(/\s+/g, ' ').trim().slice(0, 240),
    ...(d.phrase ? {p: d.phrase} : {}),
  }));
  const chunks = Math.ceil(stored.length / chunkSize);
  for (let n = 0; n < chunks; n++) files.set(`d/${n}.json`, JSON.stringify(stored.slice(n * chunkSize, (n + 1) * chunkSize)));

  // 4. Warm-up bundles: the same files, grouped, for background loading.
  let warmBytes = 0;
  const bundle = (name: string, count: number, per: number) => {
    for (let k = 0; k * per < count; k++) {
      const parts = Array.from({length: Math.min(per, count - k * per)}, (_, i) => files.get(`${name}/${k * per + i}.json`)!);
      const text = `[${parts.join(',')}]`;
      warmBytes += Buffer.byteLength(text);
      files.set(`w/${name}${k}.json`, text);
    }
  };
  bundle('t', shards, BUNDLE.shards);
  bundle('d', chunks, BUNDLE.chunks);

  const syn = (opts.synonyms ?? []).map((g) => [...new Set(g.map((w) => normalize(w).trim()).filter(Boolean))]);
  const meta: IndexMeta = {
    v: INDEX_VERSION,
    n: docs.length,
    s: shards,
    c: chunkSize,
    t2s: traditionalMap([...docs.flatMap((d) => [d.title, d.body, ...d.alt, ...d.heading]), ...syn.flat()]),
    syn,
    pop: docs.flatMap((d, id) => (d.popular ? [id] : [])).slice(0, 12),
    w: warmBytes,
  };
  files.set('meta.json', JSON.stringify(meta));

  const hash = createHash('sha256');
  for (const [name, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(name).update('\0').update(content);
  return {
    hash: hash.digest('hex').slice(0, 12),
    files,
    meta,
    stats: {
      docs: docs.length,
      terms: postings.size,
      postings: [...postings.values()].reduce((n, l) => n + l.length, 0),
      shards,
      chunks,
    },
  };
}
