/**
 * The query side of the search, identical in the browser and in `kb search`. It loads
 * the index lazily (meta, then only the shards and chunks a query needs), compiles a
 * query into AND/OR clauses (words × synonyms × pinyin readings), scores by field and
 * exact phrase, and highlights exactly the characters that matched.
 */
import type {Index} from 'flexsearch';
import {
  BUNDLE,
  FIELD_WEIGHTS,
  shardOf,
  type DocType,
  type IndexMeta,
  type StoredDoc,
  type StoredPhrase,
} from './format';
import {pinyinReadings} from './pinyin';
import {cleanQuery, isCjk, normalize, parseCharMap, tokenize, type CharMap} from './text';
import {createShardIndex, lookup} from './shard';

export interface Loader {
  /** Fetch a file of the index folder as text (e.g. `t/3.json`). */
  text(path: string): Promise<string>;
}

export interface Segment {
  text: string;
  hit: boolean;
}

export interface SearchResult {
  id: number;
  type: DocType;
  title: string;
  titleSegments: Segment[];
  url: string;
  crumb: string[];
  snippet: string;
  snippetSegments: Segment[];
  score: number;
  phrase?: StoredPhrase;
}

export interface SearchResponse {
  query: string;
  results: SearchResult[];
  /** Matching documents before the limit. */
  total: number;
  /** No document matched every term: these match some of them. */
  partial: boolean;
  /** Other words to try when nothing matched. */
  suggestions: string[];
}

type QNode =
  | {op: 'tokens'; tokens: string[]; weight: number; text: string; pinyin: boolean}
  | {op: 'and' | 'or'; kids: QNode[]; weight: number};

type Scores = Map<number, number>;

const MAX_WORDS = 8;
/** Candidates beyond the limit whose text is fetched to re-rank by exact phrase. */
const RERANK_EXTRA = 4;

export class SearchEngine {
  private meta?: Promise<IndexMeta>;
  private t2s: CharMap = new Map();
  private synonyms = new Map<string, string[]>();
  private shards = new Map<number, Promise<Index>>();
  private chunks = new Map<number, Promise<StoredDoc[]>>();

  constructor(private readonly loader: Loader) {}

  /** Load the index's meta file (idempotent; a failed load can be retried). */
  load(): Promise<IndexMeta> {
    this.meta ??= this.loader.text('meta.json').then(
      (text) => {
        const meta = JSON.parse(text) as IndexMeta;
        this.t2s = parseCharMap(meta.t2s);
        for (const group of meta.syn) for (const w of group) this.synonyms.set(w, group);
        return meta;
      },
      (e: unknown) => {
        this.meta = undefined;
        throw e;
      },
    );
    return this.meta;
  }

  private shard(n: number): Promise<Index> {
    let p = this.shards.get(n);
    if (!p) {
      p = this.loader.text(`t/${n}.json`).then((data) => {
        const index = createShardIndex();
        index.import('1.map', data);
        return index;
      });
      p.catch(() => this.shards.delete(n));
      this.shards.set(n, p);
    }
    return p;
  }

  private chunk(n: number): Promise<StoredDoc[]> {
    let p = this.chunks.get(n);
    if (!p) {
      p = this.loader.text(`d/${n}.json`).then((t) => JSON.parse(t) as StoredDoc[]);
      p.catch(() => this.chunks.delete(n));
      this.chunks.set(n, p);
    }
    return p;
  }

  async docs(ids: number[]): Promise<StoredDoc[]> {
    const meta = await this.load();
    return Promise.all(ids.map(async (id) => (await this.chunk(Math.floor(id / meta.c)))[id % meta.c]!));
  }

  private warming?: Promise<boolean>;

  /**
   * Load the rest of the index in the background: shard and chunk bundles, one at a time,
   * each after `pause()` resolves (the browser passes an idle callback). Resolves true
   * when every query can be answered from memory; false when the index is larger than
   * `maxBytes` (it then stays on demand) or a bundle failed (retried on the next call).
   */
  warmUp(maxBytes: number, pause: () => Promise<void> = async () => {}): Promise<boolean> {
    this.warming ??= (async () => {
      const meta = await this.load();
      if (meta.w > maxBytes) return false;
      for (let k = 0; k * BUNDLE.shards < meta.s; k++) {
        await pause();
        const list = JSON.parse(await this.loader.text(`w/t${k}.json`)) as unknown[];
        list.forEach((data, i) => {
          const n = k * BUNDLE.shards + i;
          if (this.shards.has(n)) return;
          const index = createShardIndex();
          index.import('1.map', data as string);
          this.shards.set(n, Promise.resolve(index));
        });
      }
      const chunks = Math.ceil(meta.n / meta.c);
      for (let k = 0; k * BUNDLE.chunks < chunks; k++) {
        await pause();
        const list = JSON.parse(await this.loader.text(`w/d${k}.json`)) as StoredDoc[][];
        list.forEach((docs, i) => {
          const n = k * BUNDLE.chunks + i;
          if (!this.chunks.has(n)) this.chunks.set(n, Promise.resolve(docs));
        });
      }
      return true;
    })().catch(() => {
      this.warming = undefined;
      return false;
    });
    return this.warming;
  }

  /** Entries offered when a query finds nothing. */
  async popular(): Promise<{id: number; doc: StoredDoc}[]> {
    const meta = await this.load();
    const docs = await this.docs(meta.pop);
    return docs.map((doc, i) => ({id: meta.pop[i]!, doc}));
  }

  normalize(text: string): string {
    return normalize(text, this.t2s);
  }

  /** Words, each with its alternatives: the word, its synonyms, its pinyin readings. */
  compile(query: string): {root: QNode; words: string[]} {
    const words = this.normalize(cleanQuery(query)).split(' ').filter(Boolean).slice(0, MAX_WORDS);
    return {root: {op: 'and', weight: 1, kids: words.map((w) => this.wordNode(w, 2))}, words};
  }

  private tokensNode(text: string, weight: number): QNode {
    return {op: 'tokens', tokens: tokenize(text, {query: true}), weight, text, pinyin: false};
  }

  private wordNode(word: string, depth: number): QNode {
    const alts: QNode[] = [this.tokensNode(word, 1)];
    const group = this.synonyms.get(word);
    if (group) for (const m of group) if (m !== word) alts.push(this.tokensNode(m, 0.8));
    if (/^[a-z]+$/.test(word)) {
      for (const r of pinyinReadings(word)) {
        alts.push({op: 'tokens', tokens: r.tokens, weight: r.kind === 'pinyin' ? 0.9 : 0.6, text: word, pinyin: true});
      }
    }
    // A synonym inside a longer Chinese word: 东西坏了 → 东西 + (坏了 | 破损 | …).
    if (depth > 0 && !group && [...word].every(isCjk)) {
      let best = '';
      for (const w of this.synonyms.keys()) if (w.length > best.length && w.length < word.length && word.includes(w)) best = w;
      if (best) {
        const at = word.indexOf(best);
        const parts = [word.slice(0, at), best, word.slice(at + best.length)].filter(Boolean);
        alts.push({op: 'and', weight: 0.9, kids: parts.map((p) => this.wordNode(p, depth - 1))});
      }
    }
    return {op: 'or', weight: 1, kids: alts};
  }

  private async postings(tokens: Iterable<string>): Promise<Map<string, Scores>> {
    const meta = await this.load();
    const list = [...new Set(tokens)];
    const indexes = await Promise.all(list.map((t) => this.shard(shardOf(t, meta.s))));
    const out = new Map<string, Scores>();
    list.forEach((t, i) => {
      const scores: Scores = new Map();
      FIELD_WEIGHTS.forEach((w, field) => {
        for (const id of lookup(indexes[i]!, field + t)) if ((scores.get(id) ?? 0) < w) scores.set(id, w);
      });
      out.set(t, scores);
    });
    return out;
  }

  private evaluate(node: QNode, post: Map<string, Scores>): Scores | null {
    if (node.op === 'tokens') {
      if (!node.tokens.length) return null;
      const lists = node.tokens.map((t) => post.get(t)!).sort((a, b) => a.size - b.size);
      const out: Scores = new Map();
      for (const [id, w] of lists[0]!) {
        let sum = w;
        let all = true;
        for (let i = 1; i < lists.length && all; i++) {
          const v = lists[i]!.get(id);
          if (v === undefined) all = false;
          else sum += v;
        }
        if (all) out.set(id, (sum / lists.length) * node.weight);
      }
      return out;
    }
    const kids = node.kids.map((k) => this.evaluate(k, post)).filter((k): k is Scores => k !== null);
    if (!kids.length) return null;
    if (node.op === 'or') {
      const out: Scores = new Map();
      for (const k of kids) for (const [id, s] of k) if ((out.get(id) ?? 0) < s) out.set(id, s * node.weight);
      return out;
    }
    kids.sort((a, b) => a.size - b.size);
    const out: Scores = new Map();
    for (const [id, s] of kids[0]!) {
      let sum = s;
      let all = true;
      for (let i = 1; i < kids.length && all; i++) {
        const v = kids[i]!.get(id);
        if (v === undefined) all = false;
        else sum += v;
      }
      if (all) out.set(id, sum * node.weight);
    }
    return out;
  }

  async search(query: string, {limit = 10}: {limit?: number} = {}): Promise<SearchResponse> {
    const clean = cleanQuery(query);
    const empty: SearchResponse = {query: clean, results: [], total: 0, partial: false, suggestions: []};
    if (!clean) return empty;
    await this.load();
    const {root, words} = this.compile(clean);
    const tokens = new Set<string>();
    const collect = (n: QNode) => (n.op === 'tokens' ? n.tokens.forEach((t) => tokens.add(t)) : n.kids.forEach(collect));
    collect(root);
    const post = await this.postings(tokens);

    let scores = this.evaluate(root, post) ?? new Map();
    let partial = false;
    if (!scores.size) {
      partial = true;
      scores = this.relaxed(root, post);
    }
    const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = ranked.slice(0, limit + RERANK_EXTRA);
    const docs = await this.docs(top.map(([id]) => id));
    const terms = highlightTerms(root);
    const exact = words.filter((w) => w.length >= 2);
    const results = top
      .map(([id, score], i) => this.present(id, docs[i]!, score, terms, exact))
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit);
    return {query: clean, results, total: scores.size, partial, suggestions: results.length ? [] : this.suggest(words)};
  }

  /** Nothing matched every word: rank documents by how many words (or characters pairs) they match. */
  private relaxed(root: QNode, post: Map<string, Scores>): Scores {
    const words = root.op === 'tokens' ? [root] : root.kids;
    const out: Scores = new Map();
    if (words.length > 1) {
      for (const w of words) for (const [id, s] of this.evaluate(w, post) ?? []) out.set(id, (out.get(id) ?? 0) + s);
      const need = Math.ceil(words.length / 2);
      const counts = new Map<number, number>();
      for (const w of words) for (const id of (this.evaluate(w, post) ?? new Map()).keys()) counts.set(id, (counts.get(id) ?? 0) + 1);
      for (const [id] of out) if ((counts.get(id) ?? 0) < need) out.delete(id);
      return out;
    }
    // One long word: keep documents that hold most of its character pairs.
    const word = words[0];
    const first = word && word.op === 'or' ? word.kids[0] : word;
    if (!first || first.op !== 'tokens' || first.tokens.length < 3) return out;
    const need = Math.ceil(first.tokens.length * 0.6);
    const hits = new Map<number, {n: number; s: number}>();
    for (const t of first.tokens) for (const [id, w] of post.get(t) ?? []) {
      const h = hits.get(id) ?? {n: 0, s: 0};
      hits.set(id, {n: h.n + 1, s: h.s + w});
    }
    for (const [id, h] of hits) if (h.n >= need) out.set(id, (h.s / first.tokens.length) * (h.n / first.tokens.length));
    return out;
  }

  private present(id: number, doc: StoredDoc, score: number, terms: string[], exact: string[]): SearchResult {
    const normTitle = this.normalize(doc.t);
    const normText = this.normalize(doc.x);
    const normAlt = doc.a ? this.normalize(doc.a) : '';
    let bonus = 0;
    for (const w of exact) {
      if (normTitle.includes(w)) bonus += 8;
      else if (normAlt.includes(w)) bonus += 4;
      else if (normText.includes(w)) bonus += 2;
    }
    const titleHits = findHits(normTitle, terms, true);
    // Among titles that match, the one the query covers most is the most on-topic.
    if (normTitle.length) bonus += (3 * titleHits.reduce((n, [a, b]) => n + b - a, 0)) / normTitle.length;
    let snippetSource = doc.x;
    let snippetHits = findHits(normText, terms, false);
    if (!snippetHits.length && normAlt) {
      const altHits = findHits(normAlt, terms, false);
      if (altHits.length) {
        snippetSource = `也问：${doc.a}`;
        snippetHits = altHits.map(([s, e]) => [s + 3, e + 3] as [number, number]);
      }
    }
    const [snippet, shifted] = window(snippetSource, snippetHits, 72);
    return {
      id,
      type: doc.k,
      title: doc.t,
      titleSegments: segments(doc.t, titleHits),
      url: doc.u,
      crumb: doc.c,
      snippet,
      snippetSegments: segments(snippet, shifted),
      score: score + bonus,
      ...(doc.p ? {phrase: doc.p} : {}),
    };
  }

  private suggest(words: string[]): string[] {
    const out = new Set<string>();
    for (const w of words) {
      for (const [member, group] of this.synonyms) {
        if (member === w || out.size >= 6) continue;
        const shares = [...w].some((ch) => isCjk(ch) && member.includes(ch));
        if (shares) group.filter((g) => g !== w).slice(0, 2).forEach((g) => out.add(g));
      }
    }
    return [...out].slice(0, 6);
  }
}

/** The strings to mark: every non-pinyin alternative, and its character pairs for scattered matches. */
function highlightTerms(root: QNode): string[] {
  const out = new Set<string>();
  const walk = (n: QNode) => {
    if (n.op === 'tokens') {
      if (n.pinyin) return;
      if (n.text.trim()) out.add(n.text.trim());
      for (const t of n.tokens) out.add(t);
    } else n.kids.forEach(walk);
  };
  walk(root);
  return [...out].sort((a, b) => b.length - a.length);
}

/** Ranges of normalised `text` where a term occurs; single characters only in titles. */
export function findHits(text: string, terms: string[], title: boolean): [number, number][] {
  const marks = new Uint8Array(text.length);
  for (const term of terms) {
    if (!term || (term.length === 1 && !title)) continue;
    // Tokens like 7天 match "7 天" in text: allow the one space the typography rule adds.
    const variants = /^[0-9]+[^0-9]$/.test(term) ? [term, term.replace(/^([0-9]+)/, '$1 ')] : [term];
    for (const v of variants) {
      let at = text.indexOf(v);
      while (at >= 0) {
        marks.fill(1, at, at + v.length);
        at = text.indexOf(v, at + 1);
      }
    }
  }
  const out: [number, number][] = [];
  for (let i = 0; i < marks.length; i++) {
    if (!marks[i]) continue;
    let j = i;
    while (j < marks.length && marks[j]) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

export function segments(text: string, hits: [number, number][]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of hits) {
    if (s > at) out.push({text: text.slice(at, s), hit: false});
    out.push({text: text.slice(s, e), hit: true});
    at = e;
  }
  if (at < text.length) out.push({text: text.slice(at), hit: false});
  return out;
}

/** Cut `size` characters around the first hit, with ellipses; hits are shifted to match. */
function window(text: string, hits: [number, number][], size: number): [string, [number, number][]] {
  if (text.length <= size) return [text, hits];
  const first = hits[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(size / 4), text.length - size));
  const end = Math.min(text.length, start + size);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const kept = hits
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => [Math.max(s, start) + shift, Math.min(e, end) + shift] as [number, number]);
  return [prefix + text.slice(start, end) + suffix, kept];
}
