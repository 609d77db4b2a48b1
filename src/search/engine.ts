/**
 * The query side of the search, identical in the browser and in `kb search`. It loads
 * the index lazily (meta, then only the shards and chunks a query needs) and ranks with
 * a BM25F model:
 *
 * 1. The query is split into words exactly as the content was: Chinese runs against the
 *    corpus's own lexicon (lexicon.ts), Latin words and digits whole.
 * 2. Each word is a concept with alternatives: its own tokens (a word's bigrams, all
 *    required, or a single character), its synonyms, its pinyin readings. Cross-word
 *    bigrams ("了还") are never required; a document holding one only scores a little more
 *    (adjacency).
 * 3. A concept weighs its square-rooted inverse document frequency (the word's own when the corpus uses
 *    it; an alternative more common than the word counts at the ratio of their idfs, so a
 *    common synonym cannot drown a rare word); frame words (stopwords.ts) weigh
 *    almost nothing and single characters half. A document scores the sum over concepts
 *    of weight × saturated field-weighted term frequency (BM25F, normalised tf shipped in
 *    the postings), times the weighted share of the query it covers; it should hold one
 *    informative word of one or two, two of more (soft AND; one word short halves the
 *    score). An informative word the document lacks but its category holds counts a little
 *    (cluster smoothing: 沙发 in another 大件 entry).
 * 4. The results are re-ranked with their text: the exact query, and adjacent query words
 *    side by side (proximity), in the title, alternates or snippet; and their single
 *    best-matching phrasing (title or one alternate), as FAQ retrieval does. Only the
 *    results: four more candidates re-ranked none into first place on any set and cost
 *    four requests on a first query.
 * 5. A phrase found with the words of a Q&A entry that links it comes with that entry right
 *    above it (meta's `from` lists the entries, so they are fetched with the results), when
 *    the query matches the entry too: the agent sees what the customer asked, then the reply.
 * Results of all kinds are interleaved by score; `types` and `filter` narrow them.
 */
import {
  BUNDLE,
  CLUSTER_BASE,
  DOC_KIND_CODES,
  FIELD_WEIGHTS,
  POSTING,
  shardOf,
  splitLines,
  synonymToken,
  warmUpBundlePath,
  type DocType,
  type IndexMeta,
  type PopularDoc,
  type StoredDoc,
  type StoredPhrase,
} from './format';
import {parseLexicon, segmentRun, type Lexicon} from './lexicon';
import {joinSyllables, pinyinReadings} from './pinyin';
import {AGENT_FRAME_WORDS} from './stopwords';
import {charPairs, cleanQuery, isCjk, isNumeral, normalize, numeralUnit, parseCharMap, runs, spacedUnit, tokenize, UNIT_STARTS, type CharMap} from './text';

export interface Loader {
  /** Fetch a file of the index folder as text (e.g. `t/3.json`). */
  text(path: string): Promise<string>;
  /**
   * Fetch a file as bytes (optional; the warm-up's bundles): a bundle is then split at its
   * line breaks without decoding it, and each file is decoded only when first parsed.
   */
  bytes?(path: string): Promise<Uint8Array>;
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
  /** Matching documents before the limit (after `types`; before `filter`). */
  total: number;
  /** No result holds every informative word of the query: these hold most of them. */
  partial: boolean;
  /** Other words to try when nothing matched. */
  suggestions: string[];
}

export interface SearchOptions {
  /** Most results to return (default 10). */
  limit?: number;
  /** Only these kinds (e.g. `['phrase']` for the phrase library and the workbench). */
  types?: DocType[];
  /** A page's own filter on top of the ranking (stage, category, tone…): keep when true. */
  filter?: (doc: StoredDoc, id: number) => boolean;
}

/** One way to match a query word: every token required, scored together. */
interface Alt {
  tokens: string[];
  weight: number;
  /** What to highlight (empty for pinyin and synonym groups). */
  text: string;
  /** Only marked and fitted, never looked up (a synonym: its group's token is looked up). */
  markOnly?: boolean;
}

interface Compiled {
  concepts: Concept[];
  words: string[];
  /** Bigrams across adjacent words' boundaries. */
  pairs: string[];
}

/** A query word with its alternatives. */
export interface Concept {
  word: string;
  alts: Alt[];
  /** Weight factor before idf: frame words almost nothing, single characters half. */
  factor: number;
}

/** A token's postings: documents in id order and their field-weighted normalised tf. */
interface Postings {
  ids: Int32Array;
  tf: Float32Array;
}

const KIND_BY_CODE: Record<string, DocType> = Object.fromEntries(
  Object.entries(DOC_KIND_CODES).map(([kind, code]) => [code, kind as DocType]),
);

const MAX_WORDS = 24;
/**
 * Warm-up bundles downloading at a time (all the document bundles at 10,000 entries): the
 * documents are local sooner, so fewer keystrokes wait for chunks. The browser's connections
 * to the host pace them; the page asks for them at low priority and for a query's own files at
 * high, so a keystroke's requests take the next free connection.
 */
const BUNDLES_IN_FLIGHT = 10;
/** Milliseconds of warm-up parsing per idle callback: a keystroke waits at most about this long behind it. */
const PARSE_SLICE_MS = 2;
/** BM25 saturation: fitted on leave-one-out as a whole (3 → 6), checked on the held-out and relevance sets. */
const K1 = 6;
const STOP_FACTOR = 0.04;
const SYNONYM_WEIGHT = 0.85;
/**
 * The minimum should match is soft by one word: a document one informative word short of it
 * still ranks, its score halved (a customer's "不喜欢能退吗" finds 七天无理由退货 on 退 alone).
 */
const SOFT_MISS = 1;
const MISS_FACTOR = 0.5;
/** Weight factor of a single Chinese character that is a word of its own (退, 换) and not named by the synonym data (碎, 慢, 骂 are: they count in full). */
const SINGLE_FACTOR = 0.5;
/** A phrase's source Q&A entry is ranked right above it when the query matches the entry at least this well. */
const SOURCE_SHARE = 0.3;
/** How far above its phrase the lifted entry lands (a tie-break, not a jump past others). */
const SOURCE_LIFT = 1.0001;
/** A query that names the customer (客户不回消息) is an agent describing a case: phrases weigh this much more. */
const DESCRIBING_PHRASE_BOOST = 2;
const AGENT_FRAME = new Set(AGENT_FRAME_WORDS);
/**
 * Boost for the candidate's single best phrasing matching the query (phrasingFit, 0–1): one
 * customer phrasing saying what the query says, rather than many phrasings holding a word each.
 */
const PHRASING_BOOST = 0.3;
/**
 * Candidates re-ranked with their text whatever the limit: the dialog and `kb search` show 8,
 * and a search for fewer shows the first of those same 8 (八 hit@5 at limit 5: 95.8 → 99.2).
 */
const RERANK_POOL = 8;
/**
 * The place a phrase takes when none ranks above it among the candidates: an agent sees a
 * reply to copy in the first five (leave-one-out situations 88.7 → 89.0, Q&A 91.4 → 91.3).
 */
const REPLY_SLOT = 5;
/**
 * Adjacency (a sequential-dependence feature): a document holding the bigram across two
 * adjacent query words' boundary (还不|发 → 不发) gains this share of its idf-weighted tf.
 */
const PAIR_WEIGHT = 0.3;
/**
 * Cluster smoothing: a query word a document lacks but other documents of its category hold
 * (沙发 in another 大件 entry) counts this share of its weight, in score and in coverage.
 */
const CLUSTER_SHARE = 0.3;

/** What the re-rank knows of the query. */
interface Rerank {
  /** What results mark: each word, its synonyms and parts, the word's own bigrams. */
  terms: string[];
  /** What title coverage counts: also a synonym's bigrams. */
  coverTerms: string[];
  words: string[];
  concepts: Concept[];
  /** A document's best-phrasing fit from its normalised phrasings (phrasingFit). */
  phrasing: (phrasings: string[]) => number;
  /** Candidates' best-phrasing fit, by id (a phrase's includes its Q&A entries'). */
  fit: Map<number, number>;
}

export class SearchEngine {
  private meta?: Promise<IndexMeta>;
  private t2s: CharMap = new Map();
  private synonyms = new Map<string, string[]>();
  /** Each synonym's groups (format.ts synonymToken). */
  private groups = new Map<string, number[]>();
  /** Broader terms: narrower word → broader terms (冰箱 → 大件), and back. */
  private up = new Map<string, string[]>();
  private down = new Map<string, string[]>();
  private lexicon: Lexicon = parseLexicon('');
  private stop = new Set<string>();
  private kinds = '';
  /** Each document's cluster id (format.ts `g`); clusterCount ids in all. */
  private clusters: Uint16Array<ArrayBuffer> = new Uint16Array(0);
  private clusterCount = 1;
  private shards = new Map<number, Promise<Record<string, number[]>>>();
  private decoded = new Map<string, Postings>();
  private chunks = new Map<number, Promise<StoredDoc[]>>();
  /** Shards and chunks the warm-up brought, as text or UTF-8 until a query first needs them. */
  private shardText = new Map<number, string | Uint8Array>();
  private chunkText = new Map<number, string | Uint8Array>();

  constructor(private readonly loader: Loader) {}

  /** Load the index's meta file (idempotent; a failed load can be retried). */
  load(): Promise<IndexMeta> {
    this.meta ??= this.loader.text('meta.json').then(
      (text) => {
        const meta = JSON.parse(text) as IndexMeta;
        this.t2s = parseCharMap(meta.t2s);
        this.normalized.clear();
        this.compiled = undefined;
        // A word may sit in several groups: it finds every member of each.
        meta.syn.forEach((group, k) => {
          for (const w of group) {
            this.synonyms.set(w, [...new Set([...(this.synonyms.get(w) ?? []), ...group])]);
            this.groups.set(w, [...(this.groups.get(w) ?? []), k]);
          }
        });
        for (const [narrower, broader] of Object.entries(meta.up ?? {})) {
          this.up.set(narrower, broader);
          for (const b of broader) this.down.set(b, [...(this.down.get(b) ?? []), narrower]);
        }
        this.lexicon = parseLexicon(meta.lex ?? '');
        this.stop = new Set(meta.stop ?? []);
        this.kinds = meta.kinds ?? '';
        this.clusters = Uint16Array.from(meta.g ?? '', (ch) => ch.charCodeAt(0) - CLUSTER_BASE);
        this.clusterCount = 1 + this.clusters.reduce((a, b) => Math.max(a, b), 0);
        return meta;
      },
      (e: unknown) => {
        this.meta = undefined;
        throw e;
      },
    );
    return this.meta;
  }

  /** The kind of document `id` (known from meta, without fetching the document). */
  typeOf(id: number): DocType | undefined {
    return KIND_BY_CODE[this.kinds[id] ?? ''];
  }

  private shard(n: number): Promise<Record<string, number[]>> {
    return this.file(this.shards, this.shardText, n, `t/${n}.json`);
  }

  private chunk(n: number): Promise<StoredDoc[]> {
    return this.file(this.chunks, this.chunkText, n, `d/${n}.json`);
  }

  /** File `n`, parsed once: from the warm-up's text when it is there, else fetched (a failure is retried next time). */
  private file<T>(parsed: Map<number, Promise<T>>, texts: Map<number, string | Uint8Array>, n: number, path: string): Promise<T> {
    let p = parsed.get(n);
    if (!p) {
      const text = texts.get(n);
      texts.delete(n);
      p = text === undefined ? this.loader.text(path).then((t) => JSON.parse(t) as T) : Promise.resolve(JSON.parse(typeof text === 'string' ? text : utf8.decode(text)) as T);
      p.catch(() => parsed.delete(n));
      parsed.set(n, p);
    }
    return p;
  }

  async docs(ids: number[]): Promise<StoredDoc[]> {
    const meta = await this.load();
    return Promise.all(ids.map(async (id) => (await this.chunk(Math.floor(id / meta.c)))[id % meta.c]!));
  }

  private warming?: Promise<boolean>;

  /**
   * Load the rest of the index in the background: shard and chunk bundles, several at a time.
   * A bundle is split into its files' texts as soon as it arrives (a scan for line breaks, no
   * decoding), so a query needing one of them finds it here instead of fetching it again; each
   * is parsed when a query first needs it, or ahead in short slices after `pause()` resolves
   * (the browser passes an idle callback). Resolves true
   * when every query can be answered from memory; false when the index is larger than
   * `maxBytes` (it then stays on demand) or a bundle failed (retried on the next call).
   */
  warmUp(maxBytes: number, pause: () => Promise<void> = async () => {}): Promise<boolean> {
    this.warming ??= (async () => {
      const meta = await this.load();
      if (meta.w > maxBytes) return false;
      // Documents first: a query whose documents are here waits only for its shards.
      const bundles: ['t' | 'd', number, number, Map<number, Promise<unknown>>, Map<number, string | Uint8Array>][] = [
        ['d', Math.ceil(meta.n / meta.c), BUNDLE.chunks, this.chunks, this.chunkText],
        ['t', meta.s, BUNDLE.shards, this.shards, this.shardText],
      ];
      const files = bundles.flatMap(([name, count, per, parsed, texts]) =>
        Array.from({length: Math.ceil(count / per)}, (_, k) => ({path: warmUpBundlePath(name, k), first: k * per, parsed, texts})),
      );
      // Bundles download BUNDLES_IN_FLIGHT at a time, in order. As bytes when the loader can:
      // decoding a bundle as text is one long task on the page's thread; splitting bytes is not.
      // (Not in idle time: an idle callback comes about every 50 ms, and 18 of them, one per
      // bundle at 10,000 entries, left queries fetching files already downloaded for a second.)
      const get = (path: string): Promise<string | Uint8Array> => (this.loader.bytes ? this.loader.bytes(path) : this.loader.text(path));
      const started: Promise<string | Uint8Array>[] = [];
      const start = (f: number) => {
        if (f >= files.length || started[f]) return;
        started[f] = get(files[f]!.path);
        started[f].catch(() => {});
      };
      for (let k = 0; k < BUNDLES_IN_FLIGHT; k++) start(k);
      for (let f = 0; f < files.length; f++) {
        const {first, parsed, texts} = files[f]!;
        const body = await started[f]!;
        start(f + BUNDLES_IN_FLIGHT);
        splitLines(body).forEach((line, i) => {
          if (!parsed.has(first + i)) texts.set(first + i, line);
        });
      }
      // Then the texts are parsed in short slices of idle time (not a fixed number per callback:
      // a slow device would block keystrokes longer), so a word's first query later costs no parse.
      void (async () => {
        for (const [name, , , parsed, texts] of bundles) {
          const left = [...texts.keys()];
          for (let i = 0; i < left.length; ) {
            await pause();
            const end = performance.now() + PARSE_SLICE_MS;
            do void this.file(parsed, texts, left[i]!, `${name}/${left[i]}.json`);
            while (++i < left.length && performance.now() < end);
          }
        }
      })();
      return true;
    })().catch(() => {
      this.warming = undefined;
      return false;
    });
    return this.warming;
  }

  /** Entries offered before typing and when a query finds nothing: in meta, no request of their own. */
  async popular(): Promise<{id: number; doc: PopularDoc}[]> {
    const meta = await this.load();
    return meta.pop.map((id, i) => ({id, doc: meta.popDocs[i]!}));
  }

  /** Normalised texts of the documents on screen: each keystroke re-ranks mostly the same ones. */
  private normalized = new Map<string, string>();

  normalize(text: string): string {
    let out = this.normalized.get(text);
    if (out === undefined) {
      out = normalize(text, this.t2s);
      if (this.normalized.size >= 4096) this.normalized.clear();
      this.normalized.set(text, out);
    }
    return out;
  }

  /** The query's words as the index splits them (load() first for the lexicon). */
  words(query: string): string[] {
    return this.wordRuns(query).flat();
  }

  /**
   * The query's words, per stretch of text between spaces or punctuation (characters are
   * only glued within one). A long message keeps its last MAX_WORDS words, frame words
   * dropped first: the request is usually at the end (……碎成好几块了 现在咋办).
   */
  private wordRuns(query: string): string[][] {
    const out: string[][] = [];
    for (const chunk of joinSyllables(this.normalize(cleanQuery(query)).split(' '))) {
      const list = runs(chunk);
      const words: string[] = [];
      list.forEach((run, r) => {
        if (run.kind === 'alnum') {
          words.push(run.text);
          return;
        }
        // After digits, a unit's first character is carried by the digits' word (7天, 38码);
        // another character starts the next word (175穿L).
        const unit =
          r > 0 && list[r - 1]!.kind === 'alnum' && /[0-9]$/.test(list[r - 1]!.text) && list[r - 1]!.start + list[r - 1]!.text.length === run.start && UNIT_STARTS.has(run.text[0]!);
        const text = unit ? run.text.slice(1) : run.text;
        if (unit) words[words.length - 1] = words[words.length - 1]! + run.text[0]!;
        if (text) words.push(...segmentRun(text, this.lexicon));
      });
      if (words.length) out.push(words);
    }
    let count = out.reduce((n, w) => n + w.length, 0);
    // Too long: frame words go, first stretches first (a greeting and the story come before the
    // request); a dropped word still separates its neighbours. Then the last MAX_WORDS words stay.
    const trimmed: string[][] = [];
    for (const stretch of out) {
      if (count <= MAX_WORDS) {
        trimmed.push(stretch);
        continue;
      }
      const parts: string[][] = [[]];
      for (const w of stretch) {
        if (!this.stop.has(w)) parts.at(-1)!.push(w);
        else {
          count--;
          if (parts.at(-1)!.length) parts.push([]);
        }
      }
      trimmed.push(...parts.filter((p) => p.length));
    }
    let left = MAX_WORDS;
    return trimmed
      .reverse()
      .map((w) => {
        const kept = w.slice(Math.max(0, w.length - left));
        left -= kept.length;
        return kept;
      })
      .reverse()
      .filter((w) => w.length);
  }

  /**
   * Starts fetching the shards `query` needs, without waiting: called from the input's
   * change handler, the requests leave before the page renders the keystroke.
   */
  prefetch(query: string): void {
    const clean = cleanQuery(query);
    if (!clean) return;
    void this.load()
      .then(() => this.postings(queryTokens(this.compile(clean))))
      .catch(() => {});
  }

  private compiled?: {query: string; out: Compiled};

  /** Each query word with its alternatives: own tokens, synonyms, pinyin readings. */
  compile(query: string): Compiled {
    // prefetch() and the search that follows compile the same query.
    if (this.compiled?.query === query) return this.compiled.out;
    const out = this.compileQuery(query);
    this.compiled = {query, out};
    return out;
  }

  private compileQuery(query: string): Compiled {
    const concepts: Concept[] = [];
    const pairs = new Set<string>();
    // Characters the lexicon does not join (a word the corpus never uses, 车厘子 → 车/厘/子)
    // stay together as one concept: all of them side by side, or any one at a low weight.
    for (const words of this.wordRuns(query)) {
      const first = concepts.length;
      for (let i = 0; i < words.length; ) {
        let j = i;
        while (j < words.length && this.isLoneChar(words[j]!)) j++;
        if (j - i >= 2) {
          const run = words.slice(i, j).join('');
          const alts: Alt[] = [{tokens: tokenize(run, {query: true}), weight: 1, text: run}];
          if (run.length > 2) for (let k = 0; k + 1 < run.length; k++) alts.push({tokens: [run.slice(k, k + 2)], weight: 0.7, text: run.slice(k, k + 2)});
          // One character of a glued run is weak evidence: it counts a little and is not marked.
          for (const ch of run) alts.push(...this.concept(ch).alts.map((a) => ({...a, weight: a.weight * SINGLE_FACTOR, text: ''})));
          concepts.push({word: run, alts, factor: 1});
          i = j;
        } else {
          concepts.push(this.concept(words[i]!));
          i++;
        }
      }
      this.crossingWords(concepts, first);
      // Adjacent words side by side: the bigram across their boundary (退货|运费 → 货运).
      for (let k = first; k + 1 < concepts.length; k++) {
        const a = concepts[k]!.word.at(-1)!;
        const b = concepts[k + 1]!.word[0]!;
        if (isCjk(a) && isCjk(b)) pairs.add(a + b);
      }
    }
    // A number in characters also matches it in digits, as policy values are written (七天 → 7 天).
    for (const c of concepts) {
      const digits = numeralUnit(c.word);
      if (digits) c.alts.push({tokens: tokenize(digits, {query: true}), weight: 1, text: digits});
    }
    // A query of frame words only (在不在, 谢谢) is what the customer said: its words count in full.
    if (concepts.every((c) => c.factor <= STOP_FACTOR)) for (const c of concepts) c.factor = 1;
    return {concepts, words: concepts.map((c) => c.word), pairs: [...pairs]};
  }

  /**
   * A single character the segmentation left alone may belong to a word across its boundary
   * (还没到|账 → 到账; 运费|险 → 费险 is no word): each such corpus word is one more way to
   * match it, and the character then counts as a word of its own, not a fragment.
   */
  private crossingWords(concepts: Concept[], first: number): void {
    const cjk = (w: string | undefined): w is string => !!w && [...w].every(isCjk);
    for (let k = first; k < concepts.length; k++) {
      const c = concepts[k]!;
      if (c.word.length !== 1 || c.factor !== SINGLE_FACTOR || !isCjk(c.word)) continue;
      const prev = k > first ? concepts[k - 1]!.word : undefined;
      const next = concepts[k + 1]?.word;
      const found: string[] = [];
      for (let j = 1; j <= 3; j++) {
        if (cjk(prev) && j <= prev.length) found.push(prev.slice(-j) + c.word);
        if (cjk(next) && j <= next.length) found.push(c.word + next.slice(0, j));
      }
      const words = found.filter((w) => this.lexicon.has(w) && !this.stop.has(w));
      for (const w of words) c.alts.push(...this.tokensOf(w));
      if (words.length) c.factor = 1;
    }
  }

  private isLoneChar(word: string): boolean {
    return word.length === 1 && isCjk(word) && !this.stop.has(word) && !this.isNamed(word);
  }

  /** Whether the synonym data names `word` (a group member, a broader or a narrower term). */
  private isNamed(word: string): boolean {
    return this.synonyms.has(word) || this.up.has(word) || this.down.has(word);
  }

  private tokensOf(word: string): Alt[] {
    if (/^[0-9]+[^0-9a-z]$/.test(word)) {
      // 7天: the unit token, or the number alone at a lower weight.
      return [
        {tokens: [word], weight: 1, text: word},
        {tokens: [word.slice(0, -1)], weight: 0.5, text: word.slice(0, -1)},
      ];
    }
    const tokens = tokenize(word, {query: true});
    return tokens.length ? [{tokens, weight: 1, text: word}] : [];
  }

  private concept(word: string): Concept {
    const alts = this.tokensOf(word);
    // A long word also matches by its parts (解决不了 → 解决), at their share of its length.
    if (word.length >= 3 && [...word].every(isCjk)) {
      const inner: Lexicon = {weight: (w) => this.lexicon.weight(w), has: (w) => w !== word && this.lexicon.has(w)};
      for (const part of segmentRun(word, inner)) {
        if (part.length < 2 || this.stop.has(part)) continue;
        alts.push({tokens: tokenize(part, {query: true}), weight: (0.7 * part.length) / word.length, text: part});
      }
    }
    // Synonyms: one token per group (every member's occurrences); the members themselves are only marked.
    const groupAlts = (w: string): Alt[] => (this.groups.get(w) ?? []).map((k) => ({tokens: [synonymToken(k)], weight: SYNONYM_WEIGHT, text: ''}));
    alts.push(...groupAlts(word));
    for (const m of this.synonyms.get(word) ?? []) {
      if (m === word) continue;
      for (const a of this.tokensOf(m)) alts.push({...a, weight: a.weight * SYNONYM_WEIGHT, markOnly: true});
    }
    // A narrower word finds its broader term and that term's synonyms (冰箱 → 大件, 大件商品); a
    // broader term finds its narrower words (大件 → 冰箱). Siblings (冰箱, 洗衣机) do not find each other.
    for (const b of this.up.get(word) ?? []) {
      for (const a of this.tokensOf(b)) alts.push({...a, weight: a.weight * SYNONYM_WEIGHT});
      alts.push(...groupAlts(b));
    }
    for (const n of this.down.get(word) ?? []) for (const a of this.tokensOf(n)) alts.push({...a, weight: a.weight * SYNONYM_WEIGHT});
    if (/^[a-z]+$/.test(word)) {
      for (const r of pinyinReadings(word)) alts.push({tokens: r.tokens, weight: r.kind === 'pinyin' ? 0.9 : 0.6, text: ''});
    }
    // A single character counts as a fragment, unless the synonym data names it as a word (骂, 碎, 慢).
    const factor = this.stop.has(word) ? STOP_FACTOR : word.length === 1 && isCjk(word) && !this.isNamed(word) ? SINGLE_FACTOR : 1;
    return {word, alts, factor};
  }

  private buffers?: {
    hits: Uint16Array;
    sum: Float64Array;
    best: Float64Array;
    /** The documents a concept matched. */
    list: Int32Array;
    scores: Float64Array;
    covered: Float64Array;
    mask: Uint32Array;
    /** The documents any concept matched, in first-match order. */
    candidates: Int32Array;
  };

  /** Dense per-document scratch arrays, zeroed after each use. */
  private scratch(n: number) {
    if (!this.buffers || this.buffers.hits.length !== n) {
      this.buffers = {
        hits: new Uint16Array(n),
        sum: new Float64Array(n),
        best: new Float64Array(n),
        list: new Int32Array(n),
        scores: new Float64Array(n),
        covered: new Float64Array(n),
        mask: new Uint32Array(n),
        candidates: new Int32Array(n),
      };
    }
    return this.buffers;
  }

  /** Document → BM25F field-weighted normalised term frequency of `token`. */
  private async postings(tokens: Iterable<string>): Promise<Map<string, Postings>> {
    const meta = await this.load();
    const list = [...new Set(tokens)];
    // What is decoded now is kept: the cache may be cleared while this query decodes the rest.
    const known = list.map((t) => this.decoded.get(t));
    const shards = await Promise.all(list.map((t, i) => (known[i] ? null : this.shard(shardOf(t, meta.s)))));
    const out = new Map<string, Postings>();
    list.forEach((t, i) => {
      let p = known[i];
      if (!p) {
        p = decodePostings(shards[i]![t] ?? []);
        if (this.decoded.size > 4096) this.decoded.clear();
        this.decoded.set(t, p);
      }
      out.set(t, p);
    });
    return out;
  }

  async search(query: string, {limit = 10, types, filter}: SearchOptions = {}): Promise<SearchResponse> {
    const clean = cleanQuery(query);
    const empty: SearchResponse = {query: clean, results: [], total: 0, partial: false, suggestions: []};
    if (!clean) return empty;
    const meta = await this.load();
    const {concepts, words, pairs} = this.compile(clean);
    const post = await this.postings(queryTokens({concepts, pairs}));
    const n = meta.n;

    // Per concept: each document's best alternative, and the concept's weight: idf × factor,
    // added into the documents' scores at once. An alternative's tokens are all required.
    // Scratch arrays are dense, by id, reused, and zeroed after use: a query allocates
    // nothing per matched document (a common word matches most of the index).
    const {hits, sum, best, list, scores, covered, mask, candidates} = this.scratch(n);
    const {clusters} = this;
    // Per cluster: which query words its documents hold.
    const clusterMask = new Uint32Array(this.clusterCount);
    let count = 0;
    const perConcept = concepts.map((c, index) => {
      let df = 0;
      // The word's own idf, when the corpus uses it: an alternative more common than the word
      // (a synonym, a part) counts at the ratio of their idfs, so it cannot drown a rare word.
      let own = 0;
      const scaleOf = (a: number, altDf: number) => {
        const altIdf = idfOf(altDf, n);
        if (a === 0) own = altDf > 0 ? altIdf : 0;
        return own > 0 && a > 0 ? Math.min(1, altIdf / own) : 1;
      };
      c.alts.forEach((alt, a) => {
        if (alt.markOnly) return;
        const lists = alt.tokens.map((t) => post.get(t)!);
        if (!lists.length) return;
        if (lists.length === 1) {
          // One token (most alternatives): every posting matches, no counting needed.
          df = bestOfToken(lists[0]!, scaleOf(a, lists[0]!.ids.length) * alt.weight, best, list, df);
          return;
        }
        const touched: number[] = [];
        for (const {ids, tf} of lists) {
          for (let i = 0; i < ids.length; i++) {
            const id = ids[i]!;
            if (hits[id] === 0) touched.push(id);
            hits[id]!++;
            sum[id]! += saturate(tf[i]!);
          }
        }
        let altDf = 0;
        for (const id of touched) if (hits[id] === lists.length) altDf++;
        const scale = scaleOf(a, altDf);
        for (const id of touched) {
          if (hits[id] === lists.length) {
            const s = (scale * alt.weight * sum[id]!) / lists.length;
            if (best[id] === 0) list[df++] = id;
            if (best[id]! < s) best[id] = s;
          }
          hits[id] = 0;
          sum[id] = 0;
        }
      });
      const weight = (own > 0 ? own : idfOf(df, n)) * c.factor;
      count = addConcept(list, df, weight, bitOf(index), {best, scores, covered, mask, candidates, clusters, clusterMask}, count);
      return {index, weight, df, informative: c.factor === 1};
    });
    // Adjacency: a matched document holding a boundary bigram of the query scores a little more.
    for (const pair of pairs) {
      const p = post.get(pair)!;
      addAdjacency(p, PAIR_WEIGHT * idfOf(p.ids.length, n), {covered, scores, candidates}, count);
    }
    const matchable = perConcept.filter((c) => c.df > 0);
    const total = matchable.reduce((t, c) => t + c.weight, 0);
    const maxWeight = Math.max(0, ...matchable.map((c) => c.weight));
    // Informative words: not frame words, and not negligible next to the query's strongest.
    const strong = matchable.filter((c) => c.informative && c.weight >= 0.25 * maxWeight);
    const strongMask = strong.reduce((m, c) => m | bitOf(c.index), 0);
    // Minimum should match: 1 of 1–2 informative words, then 2. Not a share: a customer's long
    // message holds many words no entry has (40% of them left most long messages one result).
    const need = strong.length <= 2 ? Math.min(1, strong.length) : 2;

    const typeSet = types?.length ? new Set(types) : null;
    // An agent describing the customer (客户要找领导) wants what to say: phrases rank higher,
    // and no Q&A entry is lifted above its phrase.
    const describing = words.some((w) => AGENT_FRAME.has(w));
    // The ranking as two typed arrays (one allocation each, not one pair per document).
    const rankIds = new Int32Array(count);
    const rankScores = new Float64Array(count);
    let m = 0;
    // A document that holds only frame words (客户, 怎么) is not a result when the query has other words.
    const informMask = matchable.reduce((m, c) => (concepts[c.index]!.factor > STOP_FACTOR ? m | bitOf(c.index) : m), 0);
    // Cluster smoothing: what each informative word weighs when a document lacks it and its category holds it.
    const lackWeights = new Float64Array(31);
    let lackMask = 0;
    for (const c of matchable) {
      if (!c.informative) continue;
      lackWeights[Math.min(c.index, 30)]! += CLUSTER_SHARE * c.weight;
      lackMask |= bitOf(c.index);
    }
    for (const required of [need, 0]) {
      m = this.admit({candidates, count, mask, scores, covered, strongMask, informMask, required, typeSet, describing, total, rankIds, rankScores, clusters, clusterMask, lackWeights, lackMask});
      if (m) break;
    }
    const ranked = new Ranking(rankIds.subarray(0, m), rankScores.subarray(0, m));
    // perf (loading): only the head of the ranking is ordered, the rest when a filter needs it.
    const pool = Math.max(limit, RERANK_POOL);
    let order = ranked.top(pool);
    const topMask = m ? mask[rankIds[order[0]!]!]! : 0;
    clearScratch({scores, covered, mask, candidates}, count);
    // Partial: the best result misses a word that is not a frame word (even one nothing holds).
    const inform = concepts.filter((c) => c.factor > STOP_FACTOR);
    const allCovered = concepts.every((c, i) => c.factor <= STOP_FACTOR || (topMask & bitOf(i)) !== 0);
    const partial = m > 0 && inform.length > 1 && !allCovered;

    // Candidates: in rank order, through the page's filter, then re-ranked with their text.
    const picked: [number, number, StoredDoc][] = [];
    for (let at = 0; at < m && picked.length < pool; ) {
      // Without a filter the first `pool` are the candidates; with one, at least eight at a time.
      const end = at + Math.max(pool - picked.length, filter ? 8 : 0);
      if (end > order.length && order.length < m) order = ranked.top(m);
      const batch = order.slice(at, end).map((i) => [rankIds[i]!, rankScores[i]!] as [number, number]);
      at += batch.length;
      // The entries a phrase of the batch may lift are fetched in the same round.
      if (!describing) void this.docs(batch.flatMap(([id, s]) => liftable(meta.from, id, s, ranked))).catch(() => {});
      const docs = await this.docs(batch.map(([id]) => id));
      batch.forEach(([id, s], i) => {
        if (picked.length < pool && (!filter || filter(docs[i]!, id))) picked.push([id, s, docs[i]!]);
      });
      if (!filter) break;
    }
    const weights = perConcept.map((c) => (c.df ? c.weight : 0));
    const phrasing = phrasingFit(concepts, weights, words.join(''));
    const rerank: Rerank = {terms: highlightTerms(concepts, false), coverTerms: highlightTerms(concepts, true), words, concepts, phrasing, fit: this.fits(picked, phrasing, meta.from)};
    const byScore = (a: SearchResult, b: SearchResult) => b.score - a.score || a.id - b.id;
    const presented = picked.map(([id, score, doc]) => this.present(id, doc, score, rerank)).sort(byScore);
    if (!describing) await this.liftSources(presented, picked, ranked, meta.from, pool, filter, (id, doc, score) => this.present(id, doc, score, rerank));
    presented.sort(byScore);
    // A reply in reach: when none of the first five is a phrase, the best phrase candidate
    // becomes fifth, with the score of the result it displaces (a tie keeps list order).
    const reply = presented.findIndex((r) => r.type === 'phrase');
    if (reply >= REPLY_SLOT) {
      const [phrase] = presented.splice(reply, 1);
      phrase!.score = presented[REPLY_SLOT - 1]!.score;
      presented.splice(REPLY_SLOT - 1, 0, phrase!);
    }
    const results = presented.slice(0, limit);
    return {query: clean, results, total: m, partial, suggestions: results.length ? [] : this.suggest(words)};
  }

  /**
   * The candidates that hold enough of the query's words, with their scores, into `rankIds`
   * and `rankScores`; returns how many. Its own method: a tight loop over up to every
   * document, optimised on its own rather than as part of the long async search.
   */
  private admit(a: {
    candidates: Int32Array;
    count: number;
    mask: Uint32Array;
    scores: Float64Array;
    covered: Float64Array;
    strongMask: number;
    informMask: number;
    required: number;
    typeSet: Set<DocType> | null;
    describing: boolean;
    total: number;
    rankIds: Int32Array;
    rankScores: Float64Array;
    clusters: Uint16Array;
    clusterMask: Uint32Array;
    /** By bit: what an informative word the document lacks and its category holds adds. */
    lackWeights: Float64Array;
    lackMask: number;
  }): number {
    const {candidates, count, mask, scores, covered, strongMask, informMask, required, typeSet, describing, total, rankIds, rankScores, clusters, clusterMask, lackWeights, lackMask} =
      a;
    let m = 0;
    for (let c = 0; c < count; c++) {
      const id = candidates[c]!;
      const held = popcount(mask[id]! & strongMask);
      if (held < required - SOFT_MISS || (informMask && !(mask[id]! & informMask))) continue;
      if (typeSet && !typeSet.has(this.typeOf(id)!)) continue;
      const short = Math.max(0, required - held);
      // Informative words the document lacks and its category holds.
      let lack = clusterMask[clusters[id]!]! & ~mask[id]! & lackMask;
      let extra = 0;
      while (lack) {
        const low = lack & -lack;
        extra += lackWeights[31 - Math.clz32(low)]!;
        lack ^= low;
      }
      const intent = describing && this.typeOf(id) === 'phrase' ? DESCRIBING_PHRASE_BOOST : 1;
      rankIds[m] = id;
      rankScores[m++] = intent * (scores[id]! + extra) * ((covered[id]! + extra) / (total || 1)) * MISS_FACTOR ** short;
    }
    return m;
  }

  /**
   * A phrase found with its Q&A entry's words comes with the entry right above it: the
   * entry is what the customer asked, the phrase is its reply. Only an entry the query
   * itself matches (at least SOURCE_SHARE of the phrase's score) is lifted; entries lifted
   * above the same phrase keep their own order. Adds lifted entries to `presented`.
   */
  private async liftSources(
    presented: SearchResult[],
    picked: [number, number, StoredDoc][],
    ranked: Ranking,
    sources: IndexMeta['from'],
    limit: number,
    filter: SearchOptions['filter'],
    present: (id: number, doc: StoredDoc, score: number) => SearchResult,
  ): Promise<void> {
    const scoreOfPicked = new Map(picked.map(([id, score]) => [id, score]));
    const byId = new Map(presented.map((r) => [r.id, r]));
    const lifts: [SearchResult, number][] = [];
    for (const r of presented.slice(0, limit)) {
      for (const e of liftable(sources, r.id, scoreOfPicked.get(r.id)!, ranked)) lifts.push([r, e]);
    }
    // Usually already fetched with the results (liftable), so this is no second round.
    const missing = [...new Set(lifts.map(([, e]) => e).filter((e) => !byId.has(e)))];
    const docs = await this.docs(missing);
    missing.forEach((e, i) => {
      const doc = docs[i];
      if (!doc || (filter && !filter(doc, e))) return;
      const entry = present(e, doc, ranked.scoreOf(e)!);
      byId.set(e, entry);
      presented.push(entry);
    });
    for (const [r, e] of lifts) {
      const entry = byId.get(e);
      if (entry) entry.score = Math.max(entry.score, r.score * SOURCE_LIFT + entry.score * 1e-6);
    }
  }

  /** A document's phrasings, normalised: its title and each alternate. */
  private phrasings(doc: StoredDoc): string[] {
    let out = this.phrasingsOf.get(doc);
    if (!out) {
      const title = this.normalize(doc.t);
      out = doc.a ? [title, ...this.normalize(doc.a).split(' / ')] : [title];
      this.phrasingsOf.set(doc, out);
    }
    return out;
  }

  /** Each fetched document's phrasings (its fit and its exact-query share read them on every keystroke). */
  private phrasingsOf = new WeakMap<StoredDoc, string[]>();

  /**
   * Each candidate's best-phrasing fit. A phrase is found by its Q&A entries' phrasings (its
   * bridge), so it fits as well as the best of those entries that are candidates too.
   */
  private fits(picked: [number, number, StoredDoc][], fit: (phrasings: string[]) => number, sources: IndexMeta['from']): Map<number, number> {
    const own = new Map(picked.map(([id, , doc]) => [id, fit(this.phrasings(doc))]));
    return new Map(picked.map(([id]) => [id, Math.max(own.get(id)!, ...(sources[id] ?? []).map((e) => own.get(e) ?? 0))]));
  }

  private present(id: number, doc: StoredDoc, score: number, {terms, coverTerms, words, concepts, phrasing, fit}: Rerank): SearchResult {
    const normTitle = this.normalize(doc.t);
    const normText = this.normalize(doc.x);
    const normAlt = doc.a ? this.normalize(doc.a) : '';
    // Exact query, then adjacent query words side by side: the nearer, the higher.
    const whole = words.join('');
    let boost = 1;
    if (whole.length >= 2) {
      // The exact query counts by how much of the phrasing it is: all of 能退吗 more than a part of 衣服试穿过了，能退吗.
      const share = (p: string) => Math.sqrt(Math.min(1, whole.length / p.replace(NOT_WORD_CHAR, '').length));
      const alt = () => Math.max(0, ...this.phrasings(doc).slice(1).filter((p) => p.includes(whole)).map(share));
      if (normTitle.includes(whole)) boost += 0.6 * share(normTitle);
      else if (normAlt.includes(whole)) boost += 0.35 * alt();
      else if (normText.includes(whole)) boost += 0.15;
    }
    for (let i = 0; i + 1 < words.length; i++) {
      if (concepts[i]!.factor < 1 || concepts[i + 1]!.factor < 1) continue;
      const pair = words[i]! + words[i + 1]!;
      if (normTitle.includes(pair) || normAlt.includes(pair)) boost += 0.15;
      else if (normText.includes(pair)) boost += 0.05;
    }
    // One phrasing saying what the query says (an entry lifted from outside the candidates: its own phrasings).
    boost += PHRASING_BOOST * (fit.get(id) ?? phrasing(this.phrasings(doc)));
    const titleHits = findHits(normTitle, terms, true);
    // Among titles that match, the one the query covers most is the most on-topic.
    const covered = findHits(normTitle, coverTerms, true);
    if (normTitle.length) boost += (0.3 * covered.reduce((n, [a, b]) => n + b - a, 0)) / normTitle.length;
    let snippetSource = doc.x;
    let snippetHits = findHits(normText, terms, false);
    if (!snippetHits.length && normAlt) {
      const altHits = findHits(normAlt, terms, false);
      if (altHits.length) {
        // A Q&A entry's alternates are other ways customers ask; a phrase's are the situations it fits.
        const label = doc.k === 'phrase' ? '适用：' : '也问：';
        snippetSource = label + doc.a;
        snippetHits = altHits.map(([s, e]) => [s + label.length, e + label.length] as [number, number]);
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
      score: score * boost,
      ...(doc.p ? {phrase: doc.p} : {}),
    };
  }

  private suggest(words: string[]): string[] {
    const out = new Set<string>();
    for (const w of words) {
      for (const [member, group] of this.synonyms) {
        if (member === w || out.size >= 6) continue;
        const shares = [...w].some((ch) => isCjk(ch) && !this.stop.has(ch) && member.includes(ch));
        if (shares) group.filter((g) => g !== w).slice(0, 2).forEach((g) => out.add(g));
      }
    }
    return [...out].slice(0, 6);
  }
}

/** The source entries of document `id` (a phrase) that the query matches well enough to lift above it. */
const liftable = (sources: IndexMeta['from'], id: number, score: number, ranked: Ranking) =>
  (sources[id] ?? []).filter((e) => (ranked.scoreOf(e) ?? -1) >= SOURCE_SHARE * score);

/** Every token a query's words look up. */
const queryTokens = ({concepts, pairs}: Pick<Compiled, 'concepts' | 'pairs'>) => [...concepts.flatMap((c) => c.alts.flatMap((a) => (a.markOnly ? [] : a.tokens))), ...pairs];

/**
 * Adds one concept's matches (`list`, with their best alternative's score in `best`) into the
 * documents' scores, coverage and word masks; a document's first match makes it a candidate.
 * Returns the candidate count. Tight loops live in small functions, each optimised on its own
 * (inside the long async search they ran several times slower).
 */
function addConcept(
  list: Int32Array,
  df: number,
  weight: number,
  bit: number,
  {
    best,
    scores,
    covered,
    mask,
    candidates,
    clusters,
    clusterMask,
  }: {best: Float64Array; scores: Float64Array; covered: Float64Array; mask: Uint32Array; candidates: Int32Array; clusters: Uint16Array; clusterMask: Uint32Array},
  count: number,
): number {
  for (let i = 0; i < df; i++) {
    const id = list[i]!;
    clusterMask[clusters[id]!]! |= bit;
    if (covered[id] === 0) candidates[count++] = id;
    scores[id]! += weight * best[id]!;
    covered[id]! += weight;
    mask[id]! |= bit;
    best[id] = 0;
  }
  return count;
}

/**
 * Adds a boundary bigram's saturated tf to the documents already matched. Walks the shorter
 * side: the bigram's postings, or the candidates looked up in them (ids are sorted).
 */
function addAdjacency(
  {ids, tf}: Postings,
  w: number,
  {covered, scores, candidates}: {covered: Float64Array; scores: Float64Array; candidates: Int32Array},
  count: number,
): void {
  const add = (i: number) => w * saturate(tf[i]!);
  if (ids.length <= 8 * count) {
    for (let i = 0; i < ids.length; i++) if (covered[ids[i]!]! > 0) scores[ids[i]!]! += add(i);
    return;
  }
  for (let c = 0; c < count; c++) {
    const id = candidates[c]!;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ids[mid]! < id) lo = mid + 1;
      else if (ids[mid]! > id) hi = mid - 1;
      else {
        scores[id]! += add(mid);
        break;
      }
    }
  }
}

/** Decodes a token's postings (format.ts): documents in id order, field-weighted normalised tf. */
function decodePostings(raw: number[]): Postings {
  const ids = new Int32Array(raw.length);
  const tf = new Float32Array(raw.length);
  let id = 0;
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    const delta = Math.floor(v / POSTING.doc);
    const field = Math.floor((v % POSTING.doc) / POSTING.field);
    const w = (FIELD_WEIGHTS[field] ?? 1) * ((v % POSTING.field) / POSTING.qScale);
    if (delta === 0 && n > 0) tf[n - 1]! += w;
    else {
      id += delta;
      ids[n] = id;
      tf[n++] = w;
    }
  }
  return {ids: ids.slice(0, n), tf: tf.slice(0, n)};
}

/**
 * One single-token alternative of a concept: each posting's weighted saturated tf, kept in
 * `best` when it beats the document's other alternatives; a document's first match joins
 * `list`. Returns the new length of `list`.
 */
function bestOfToken({ids, tf}: Postings, w: number, best: Float64Array, list: Int32Array, df: number): number {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const s = w * saturate(tf[i]!);
    if (best[id] === 0) list[df++] = id;
    if (best[id]! < s) best[id] = s;
  }
  return df;
}

const utf8 = new TextDecoder();

/**
 * Runs the query's tight loops over made-up postings (no index needed). The page calls it when
 * idle, so their optimised code is ready before the agent's first query instead of being
 * compiled while it waits. Touches no engine's state.
 */
export function primeLoops(postings = 4096, rounds = 12): void {
  const raw: number[] = [];
  for (let i = 0; i < postings; i++) raw.push(((i % 3) + (i % 5 === 0 ? 0 : 1)) * POSTING.doc + (i % 6) * POSTING.field + 1 + (i % 14));
  const p = decodePostings(raw);
  const size = p.ids.length ? p.ids[p.ids.length - 1]! + 1 : 1;
  const s = {
    best: new Float64Array(size),
    scores: new Float64Array(size),
    covered: new Float64Array(size),
    mask: new Uint32Array(size),
    candidates: new Int32Array(size),
    clusters: new Uint16Array(size),
    clusterMask: new Uint32Array(1),
  };
  const list = new Int32Array(size);
  for (let r = 0; r < rounds; r++) {
    const df = bestOfToken(p, 1, s.best, list, 0);
    const count = addConcept(list, df, 1, 1, s, 0);
    addAdjacency(p, PAIR_WEIGHT, s, count);
    new Ranking(s.candidates.subarray(0, count), s.scores.subarray(0, count)).top(12);
    clearScratch(s, count);
  }
}

/** Zeroes the candidates' scratch entries for the next query. */
function clearScratch({scores, covered, mask, candidates}: {scores: Float64Array; covered: Float64Array; mask: Uint32Array; candidates: Int32Array}, count: number): void {
  for (let c = 0; c < count; c++) {
    const id = candidates[c]!;
    scores[id] = 0;
    covered[id] = 0;
    mask[id] = 0;
  }
}

/** Set bits of a 32-bit mask: how many of the query's strong words a document holds. */
const popcount = (x: number) => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
};
/** A query word's bit in a document's mask (words past the 31st share the last bit). */
const bitOf = (index: number) => 2 ** Math.min(index, 30);
/**
 * Inverse document frequency, square-rooted: a rare word still counts more than a common one,
 * but a peripheral rare word (通话 in "她非要跟领导通话") no longer outweighs the topic words
 * (1 → 0.5 once entries carried about ten phrasings: leave-one-out Q&A 64.7/85.5 → 65.5/86.3,
 * situations 40.3/78.6 → 41.1/79.0; flat or better on the held-out sets).
 */
const IDF_POWER = 0.5;
const idfOf = (df: number, n: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5)) ** IDF_POWER;
/** BM25's saturated term frequency. */
const saturate = (tf: number) => (tf * (K1 + 1)) / (tf + K1);

/** The documents that matched and their scores, as parallel arrays; orders only what is asked. */
export class Ranking {
  constructor(
    readonly ids: Int32Array,
    readonly scores: Float64Array,
  ) {}

  /** Whether position a ranks above position b: score down, then id up. */
  private above(a: number, b: number): boolean {
    const d = this.scores[a]! - this.scores[b]!;
    return d > 0 || (d === 0 && this.ids[a]! < this.ids[b]!);
  }

  /**
   * Positions of the best `k`, best first. A query ranks thousands of documents and shows a
   * dozen: a full sort was most of a warm query's time at 10,000 entries.
   */
  top(k: number): number[] {
    const n = this.ids.length;
    if (k >= n || k > 256) return Array.from({length: n}, (_, i) => i).sort((a, b) => (this.above(a, b) ? -1 : this.above(b, a) ? 1 : 0));
    const top: number[] = [];
    for (let i = 0; i < n; i++) {
      if (top.length === k && !this.above(i, top[k - 1]!)) continue;
      let at = top.length;
      while (at > 0 && this.above(i, top[at - 1]!)) at--;
      top.splice(at, 0, i);
      if (top.length > k) top.pop();
    }
    return top;
  }

  /** The score of document `id`, or undefined when it did not match (a scan: for a few lookups). */
  scoreOf(id: number): number | undefined {
    const at = this.ids.indexOf(id);
    return at < 0 ? undefined : this.scores[at];
  }
}

/** Whether normalised `text` holds the word `alt` marks (a unit such as 7天 also as "7 天"). */
function holds(text: string, alt: Alt): boolean {
  if (text.includes(alt.text)) return true;
  const spaced = alt.text.charCodeAt(0) <= 57 ? spacedUnit(alt.text) : null;
  return spaced !== null && text.includes(spaced);
}

/**
 * How well a document's single best phrasing matches the query, 0–1 (FAQ retrieval): the
 * weighted share of the query's words that one phrasing holds (by concept weight, so frame
 * words count almost nothing), times the share of that phrasing's character pairs found in the
 * query (how much of the phrasing the query accounts for). Prepared once per query; takes a
 * document's normalised phrasings. `query` is normalised.
 */
export function phrasingFit(concepts: Concept[], weights: number[], query: string): (phrasings: string[]) => number {
  const total = weights.reduce((t, w) => t + w, 0);
  const queryPairs = charPairs(query);
  // Per weighted concept, its marked alternatives, best first: the first one held counts.
  const checks = concepts.flatMap((c, i) => (weights[i] ? [{weight: weights[i]!, alts: c.alts.filter((a) => a.text).sort((a, b) => b.weight - a.weight)}] : []));
  return (phrasings) => {
    let best = 0;
    if (!total) return best;
    for (const p of phrasings) {
      let held = 0;
      for (const {weight, alts} of checks) {
        const alt = alts.find((a) => holds(p, a));
        if (alt) held += weight * alt.weight;
      }
      // The pair share is at most 1: a phrasing holding less of the query cannot do better.
      if (held / total <= best) continue;
      const pairs = charPairs(p);
      let shared = 0;
      for (const pair of pairs) if (queryPairs.has(pair)) shared++;
      if (pairs.size) best = Math.max(best, (held / total) * (shared / pairs.size));
    }
    return best;
  };
}

/** What a phrasing's length for the exact-query share does not count: punctuation and spaces. */
const NOT_WORD_CHAR = /[^0-9a-z\u3400-\u9fff]/g;

/** Up to this many informative words, a single character (碎, 退) is marked; in a longer message it is incidental. */
const MARK_SINGLES_UP_TO = 3;

/**
 * The strings to mark: every alternative of an informative word and the word's own character
 * pairs; with `synonymBigrams`, a synonym's pairs too, and single characters whatever the
 * query's length (title coverage counts them all, marks do not).
 */
function highlightTerms(concepts: Concept[], synonymBigrams: boolean): string[] {
  const out = new Set<string>();
  // A lone numeral is never marked (一 of 客户一上来就骂 lit the 一 of every 第一句); title coverage still counts it.
  const marked = concepts.filter((c) => c.factor >= SINGLE_FACTOR && (synonymBigrams || !isNumeral(c.word)));
  const singles = synonymBigrams || marked.length <= MARK_SINGLES_UP_TO;
  for (const c of marked) {
    c.alts.forEach((a, i) => {
      if (!a.text || (a.text.length === 1 && !singles)) return;
      out.add(a.text);
      // The word's own bigrams mark where its parts stand; a synonym's (东西 of 退东西) would mislead.
      if (i === 0 || synonymBigrams) for (const t of a.tokens) if (t.length > 1 || a.text.length === 1) out.add(t);
    });
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Ranges of normalised `text` where a term occurs; single characters only in titles. */
export function findHits(text: string, terms: string[], title: boolean): [number, number][] {
  const marks = new Uint8Array(text.length);
  for (const term of terms) {
    if (!term || (term.length === 1 && !title)) continue;
    // Tokens like 7天 match "7 天" in text: allow the one space the typography rule adds.
    const spaced = spacedUnit(term);
    for (const v of spaced ? [term, spaced] : [term]) {
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
