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
  CLUSTER_BASE,
  FIELD_B,
  FIELDS,
  INDEX_VERSION,
  POSTING,
  shardOf,
  synonymToken,
  DOC_KIND_CODES,
  warmUpBundlePath,
  type IndexMeta,
  shownAlt,
  type SearchDoc,
  type StoredDoc,
} from './format';
import {encodeLexicon, MAX_WORD} from './lexicon';
import {fullPinyinTokens, initialsTokens} from './pinyin';
import {dictFrequencies, frequencyClass, segmenter} from './segment';
import {STOP_WORDS} from './stopwords';
import {affirmedPart, isCjk, normalize, runs, tokenCounts, tokenize} from './text';

/** Dictionary count below which a jieba word is left out of the query lexicon. */
const MIN_DICT_COUNT = 10;
/** Occurrences in the corpus that make a rare dictionary entry a word here all the same (客服). */
const MIN_CORPUS_COUNT = 10;

/**
 * A rare dictionary entry that is one character wrapped in frame words (给我发, 谁给我, 这么久)
 * is a phrase, however often the corpus says it: as a word it would cut 还没给我发货 into
 * 给我发|货 and hide 发货.
 */
function framed(word: string, stop: ReadonlySet<string>): boolean {
  let core = word;
  while (core.length > 1 && stop.has(core[0]!)) core = core.slice(1);
  while (core.length > 1 && stop.has(core.at(-1)!)) core = core.slice(0, -1);
  return core.length <= 1;
}

export interface BuiltIndex {
  hash: string;
  /** Relative path inside the index folder → file content. */
  files: Map<string, string>;
  meta: IndexMeta;
  stats: {docs: number; terms: number; postings: number; shards: number; chunks: number; lexicon: number};
}

export interface BuildOptions {
  synonyms?: string[][];
  /** Broader terms and the narrower words they cover: each finds the other, siblings not one another. */
  broader?: {broader: string; narrower: string[]}[];
  /** Words the segmenter must keep whole (glossary terms); synonyms are added to them. */
  userWords?: string[];
  /** Raw bytes a term shard should hold, as estimated from its terms and postings (default SHARD_BYTES). */
  shardBytes?: number;
  /** Documents per chunk (default: as many as make about FILE_BYTES). */
  chunkSize?: number;
}

/**
 * Raw bytes a document chunk holds, roughly, and the estimated bytes of a term shard, whatever
 * the corpus: a query fetches about fifteen files, most for one term or one or two documents, so
 * their size is what the first download over-fetches. The site's long entries at four a chunk
 * made 4.2 KB chunks and a first query of 60 KB p50; at about 2.5 KB it is 50 KB, two more files.
 * The 10,000-entry benchmark's files are this size already (four entries a chunk, 4,096 shards).
 */
const CHUNK_BYTES = 2_500;
const SHARD_BYTES = 3_200;

/** Pinyin tokens of the Chinese runs in a short text: full syllable bigrams and initials bigrams. */
const pinyinCache = new Map<string, string[]>();

export function pinyinTokens(norm: string): string[] {
  let cached = pinyinCache.get(norm);
  if (!cached) {
    cached = computePinyinTokens(norm);
    if (pinyinCache.size > 200_000) pinyinCache.clear();
    pinyinCache.set(norm, cached);
  }
  return cached;
}

function computePinyinTokens(norm: string): string[] {
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
  const seen = new Set<string>();
  for (const t of texts) for (const ch of t) seen.add(ch);
  const chars = new Set([...seen].filter(isCjk));
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

/** Each document's cluster (its last crumb: a category, a stage, a page), one character each (format.ts `g`). */
function clusterCodes(docs: SearchDoc[]): string {
  const ids = new Map<string, number>();
  return docs
    .map((d) => {
      const key = d.crumb.at(-1) ?? '';
      if (!ids.has(key)) ids.set(key, ids.size);
      return String.fromCharCode(CLUSTER_BASE + ids.get(key)!);
    })
    .join('');
}

export function buildIndex(docs: SearchDoc[], opts: BuildOptions = {}): BuiltIndex {
  const shardBytes = opts.shardBytes ?? SHARD_BYTES;
  const clean = (w: string) => normalize(w).trim();
  const syn = (opts.synonyms ?? []).map((g) => [...new Set(g.map(clean).filter(Boolean))]);
  const stop = new Set(STOP_WORDS.map((w) => normalize(w)));
  const up: Record<string, string[]> = {};
  for (const entry of opts.broader ?? []) {
    const broader = clean(entry.broader);
    for (const n of entry.narrower.map(clean)) if (n && broader && n !== broader) up[n] = [...new Set([...(up[n] ?? []), broader])];
  }
  const broaderWords = Object.entries(up).flatMap(([n, bs]) => [n, ...bs]);
  const userWords = [...(opts.userWords ?? []), ...syn.flat(), ...broaderWords].map(clean).filter((w) => w.length >= 2 && [...w].every(isCjk));
  const cut = segmenter(userWords);
  // Lexicon: word → occurrences in the corpus (its frequency class also counts jieba's dictionary).
  const lexicon = new Map<string, number>(userWords.map((w) => [w, 0]));
  // Frame words segment as words even where the corpus never uses them (顾客急坏了 → 顾客|…); one
  // rare in jieba's dictionary too (木有, 咋整) is kept and counts as common, as a user word does.
  for (const w of stop) if (w.length >= 2 && w.length <= MAX_WORD && !lexicon.has(w)) lexicon.set(w, 0);
  const lexiconWords = new Set([...userWords, ...[...stop].filter((w) => (dictFrequencies().get(w) ?? 0) < MIN_DICT_COUNT)]);
  const seen = (w: string) => lexicon.set(w, (lexicon.get(w) ?? 0) + 1);
  // Synonym groups as tokens: each member by its query tokens, filed under the first one.
  const members = new Map<string, {group: number; tokens: string[]}[]>();
  syn.forEach((group, k) => {
    for (const m of group) {
      const tokens = tokenize(m, {query: true});
      if (tokens.length) members.set(tokens[0]!, [...(members.get(tokens[0]!) ?? []), {group: k, tokens}]);
    }
  });

  // 1. Per document and field: token counts (bigrams, units, words, pinyin) and length.
  type FieldTerms = {counts: Map<string, number>; len: number};
  const perDoc: FieldTerms[][] = docs.map((doc) => {
    const fields: [number, string[], boolean][] = [
      [FIELDS.title, [doc.title], true],
      // Situations (a phrase's own, a Q&A entry's related) index what they affirm.
      [FIELDS.alt, [...doc.alt, ...(doc.situations ?? []).map(affirmedPart)], true],
      [FIELDS.heading, doc.heading, true],
      [FIELDS.body, [doc.body], false],
      [FIELDS.bridge, doc.bridge ?? [], true],
      [FIELDS.related, (doc.related ?? []).map(affirmedPart), true],
    ];
    const out: FieldTerms[] = [];
    for (const [field, texts, short] of fields) {
      const counts = new Map<string, number>();
      const bump = (t: string, n = 1) => counts.set(t, (counts.get(t) ?? 0) + n);
      let len = 0;
      for (const text of texts) {
        const norm = normalize(text);
        for (const [t, n] of tokenCounts(norm, {unigrams: short})) bump(t, n);
        if (short) for (const t of pinyinTokens(norm)) bump(t);
        for (const run of runs(norm)) {
          len += run.text.length;
          if (run.kind !== 'cjk') continue;
          for (const w of cut(run.text)) {
            // Rare dictionary entries (给我发) are phrases more than words: not in the lexicon.
            if (w.length >= 2 && w.length <= MAX_WORD) seen(w);
            // Longer words are their bigrams (the query asks for all of them); single-character
            // words (碎, 慢) are indexed in long fields too, frame words aside.
            if (w.length === 1 && !short && isCjk(w) && !stop.has(w)) bump(w);
          }
        }
      }
      // A member occurs as often as the rarest of its tokens in the field (the query's rule:
      // all of a word's tokens); its group's token counts every member's occurrences.
      const groups = new Map<number, number>();
      for (const t of counts.keys()) {
        for (const {group, tokens} of members.get(t) ?? []) {
          const n = Math.min(...tokens.map((x) => counts.get(x) ?? 0));
          if (n > 0) groups.set(group, (groups.get(group) ?? 0) + n);
        }
      }
      for (const [group, n] of groups) bump(synonymToken(group), n);
      out[field] = {counts, len};
    }
    return out;
  });

  // 2. Postings with BM25F's normalised term frequency per field.
  const avgLen = Object.values(FIELDS).map((f) => {
    const lens = perDoc.map((d) => d[f]!.len).filter((l) => l > 0);
    return lens.length ? lens.reduce((a, b) => a + b, 0) / lens.length : 1;
  });
  // One map lookup per (token, field); the format's constants read once (hot loop).
  const {doc: docUnit, field: fieldUnit, qScale, qMax} = POSTING;
  const lists = new Map<string, {list: number[]; last: number}>();
  perDoc.forEach((fields, id) => {
    fields.forEach(({counts, len}, field) => {
      const b = FIELD_B[field]!;
      const norm = 1 - b + (b * len) / avgLen[field]!;
      const base = field * fieldUnit;
      for (const [t, tf] of counts) {
        const q = Math.max(1, Math.min(qMax, Math.round((qScale * tf) / norm)));
        let entry = lists.get(t);
        if (!entry) lists.set(t, (entry = {list: [], last: 0}));
        entry.list.push((id - entry.last) * docUnit + base + q);
        entry.last = id;
      }
    });
  });
  const postings = new Map([...lists].map(([t, e]) => [t, e.list]));

  // 3. Shards: a power of two sized so each holds about `shardBytes` of JSON.
  let bytes = 0;
  for (const [term, list] of postings) bytes += term.length * 3 + 4 + list.length * 5;
  let shards = 4;
  while (shards < 8192 && bytes / shards > shardBytes) shards *= 2;
  const files = new Map<string, string>();
  const byShard: Record<string, number[]>[] = Array.from({length: shards}, () => ({}));
  for (const [term, list] of postings) byShard[shardOf(term, shards)]![term] = list;
  byShard.forEach((terms, n) => files.set(`t/${n}.json`, JSON.stringify(terms)));

  // 4. Document chunks.
  const idOfUrl = new Map(docs.map((d, id) => [d.url, id]));
  const stored: StoredDoc[] = docs.map((d) => {
    const alt = shownAlt(d);
    return {
      k: d.type,
      t: d.title,
      u: d.url,
      c: d.crumb,
      ...(alt.length ? {a: alt.join(' / ')} : {}),
      x: (d.snippet ?? d.body).replace(/\s+/g, ' ').trim().slice(0, 240),
      ...(d.phrase ? {p: d.phrase} : {}),
    };
  });
  // A phrase's source entries (its bridge's Q&A entries), by phrase id: in meta, so a query
  // fetches the entries it lifts in the same round as its other results.
  const from: Record<number, number[]> = {};
  docs.forEach((d, id) => {
    const ids = (d.bridgeFrom ?? []).flatMap((u) => (idOfUrl.has(u) ? [idOfUrl.get(u)!] : []));
    if (ids.length) from[id] = ids;
  });
  // Each document's JSON once: it sizes the chunks and is their text.
  const storedJson = stored.map((d) => JSON.stringify(d));
  const storedBytes = storedJson.reduce((n, j) => n + Buffer.byteLength(j), 0);
  const chunkSize = opts.chunkSize ?? Math.max(1, Math.min(8, Math.round(CHUNK_BYTES / Math.max(1, storedBytes / Math.max(1, stored.length)))));
  const chunks = Math.ceil(stored.length / chunkSize);
  for (let n = 0; n < chunks; n++) files.set(`d/${n}.json`, `[${storedJson.slice(n * chunkSize, (n + 1) * chunkSize).join(',')}]`);

  // 5. Warm-up bundles: the same files, grouped, for background loading.
  let warmBytes = 0;
  const bundle = (name: 't' | 'd', count: number, per: number) => {
    for (let k = 0; k * per < count; k++) {
      const parts = Array.from({length: Math.min(per, count - k * per)}, (_, i) => files.get(`${name}/${k * per + i}.json`)!);
      const text = parts.join('\n');
      warmBytes += Buffer.byteLength(text);
      files.set(warmUpBundlePath(name, k), text);
    }
  };
  bundle('t', shards, BUNDLE.shards);
  bundle('d', chunks, BUNDLE.chunks);

  const pop = docs.flatMap((d, id) => (d.popular ? [id] : [])).slice(0, 12);
  const meta: IndexMeta = {
    v: INDEX_VERSION,
    n: docs.length,
    s: shards,
    c: chunkSize,
    t2s: traditionalMap([...docs.flatMap((d) => [d.title, d.body, ...shownAlt(d), ...d.heading, ...(d.bridge ?? [])]), ...syn.flat(), ...broaderWords]),
    syn,
    ...(Object.keys(up).length ? {up} : {}),
    pop,
    popDocs: pop.map((id) => {
      const {k, t, u, c} = stored[id]!;
      return {k, t, u, c};
    }),
    w: warmBytes,
    lex: encodeLexicon(
      new Map(
        [...lexicon]
          .filter(([w, count]) => lexiconWords.has(w) || (dictFrequencies().get(w) ?? 0) >= MIN_DICT_COUNT || (count >= MIN_CORPUS_COUNT && !framed(w, stop)))
          .map(([w, count]) => [w, frequencyClass(w, count, lexiconWords)]),
      ),
    ),
    stop: [...stop],
    kinds: docs.map((d) => DOC_KIND_CODES[d.type]).join(''),
    from,
    g: clusterCodes(docs),
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
      lexicon: lexicon.size,
      shards,
      chunks,
    },
  };
}
