/**
 * The search index format, version 5. Written by `build.ts`, read by `engine.ts` in the
 * browser and in `kb search`. Everything lives under one content-hashed folder,
 * `/kb-index/<hash>/`, so a new build never mixes with a cached old one:
 *
 *   meta.json      IndexMeta: counts, shard and chunk sizes, the Traditional→Simplified
 *                  character map for the corpus, synonym groups, the query lexicon (the
 *                  corpus's own words, see lexicon.ts), frame words, each document's kind,
 *                  popular entries with what they show (the search dialog offers them on
 *                  opening: no chunk requests ahead of the agent's first query), each
 *                  phrase's source Q&A entries, each document's cluster (category), a character each.
 *   t/<n>.json     term shard n: `{token: postings}`. A token lives in shard
 *                  fnv1a(token) % shards. Tokens are as in text.ts (bigrams, single
 *                  characters of short fields, Latin words, units), single-character jieba
 *                  words of long fields (碎, 慢), pinyin `~tuihuo` and initials `^th` on
 *                  short fields, and synonym groups `=<k>` (synonymToken: meta's group k;
 *                  a field holds it as often as it holds the group's members, so a query
 *                  word looks up its group once, not each member). Postings are one number per (document,
 *                  field), sorted by document: (idDelta * 128) + field * 16 + q, where q
 *                  (1–15) is the field's term frequency divided by its length norm, times 4
 *                  (BM25F's normalised tf, quantised): ranking needs no other per-document data.
 *   d/<n>.json     document chunk n: StoredDoc[] for ids n*chunk … n*chunk+chunk-1: what a
 *                  result shows (title, url, breadcrumb, snippet text) and, for phrases,
 *                  what copying needs. Fetched only for results on screen.
 *   w/t<k>.txt     warm-up bundles: the files t/<k*BUNDLE.shards>.json … one per line, as
 *   w/d<k>.txt     they are (JSON has no raw line breaks), and d/<k*BUNDLE.chunks>.json …
 *                  likewise. Once the agent has used the search, the page fetches them,
 *                  document bundles first and one ahead, splits each into lines when idle
 *                  and keeps each line as text, parsed only when a query first needs that
 *                  shard or chunk (a bundle is never parsed whole on the page's thread), so
 *                  later queries need no network (and keep working offline). Skipped
 *                  above `w` bytes. The offline cache keeps the bundles, not the files
 *                  they hold: the service worker answers t/ and d/ with a bundle's line.
 *
 * A query fetches meta once, then only the shards of its terms and the chunks of the
 * results it shows.
 */

export const INDEX_VERSION = 5;
export const INDEX_ROOT = '/kb-index';

export const CLUSTER_BASE = 0x100;

export type DocType = 'sop' | 'qa' | 'phrase';
export const DOC_KIND_CODES: Record<DocType, string> = {sop: 's', qa: 'q', phrase: 'p'};
export const DOC_TYPE_LABELS: Record<DocType, string> = {sop: '服务流程', qa: '问答', phrase: '话术'};

/**
 * Field codes: 0 title or question, 1 alternate phrasings, tags and situations, 2 headings,
 * 3 body, 4 bridge (for a phrase: the customer phrasings of the Q&A entries that link it),
 * 5 related (for a Q&A entry: the situations of the phrases it links).
 */
export const FIELDS = {title: 0, alt: 1, heading: 2, body: 3, bridge: 4, related: 5} as const;
/**
 * BM25F field weights, by field code: customer phrasings weigh as much as the question, the
 * answer body little (fitted on leave-one-out as a whole, checked on the held-out and relevance sets).
 */
export const FIELD_WEIGHTS = [6, 6, 2.5, 0.6, 1, 0.5] as const;
/**
 * BM25F length-normalisation strength, by field code. Alternates 0.5: about ten per entry, long
 * messages among them, so an entry does not win on many phrasings holding a word each
 * (0.2 → 0.5 when they grew from 6 to 11: leave-one-out Q&A 64.2/85.3 → 64.7/85.5, flat up to 0.8).
 */
export const FIELD_B = [0.3, 0.5, 0.5, 0.75, 0.2, 0.2] as const;
export const POSTING = {field: 16, doc: 128, qScale: 4, qMax: 15} as const;

export interface IndexMeta {
  v: typeof INDEX_VERSION;
  /** Number of documents. */
  n: number;
  /** Number of term shards. */
  s: number;
  /** Documents per chunk. */
  c: number;
  /** Traditional→Simplified pairs for characters whose Simplified form the corpus uses. */
  t2s: string;
  /** Synonym groups, normalised. */
  syn: string[][];
  /** Broader terms, normalised: narrower word → the broader terms that cover it (冰箱 → 大件). */
  up?: Record<string, string[]>;
  /** Ids of entries to offer when nothing matches. */
  pop: number[];
  /** What the popular entries show (kind, title, link, breadcrumb), in `pop` order. */
  popDocs: PopularDoc[];
  /** Raw bytes of all warm-up bundles. */
  w: number;
  /** Query lexicon: the corpus's words and the synonyms (lexicon.ts). */
  lex: string;
  /** Frame words, normalised: weigh almost nothing in a query. */
  stop: string[];
  /** Document kinds by id, one letter each (DOC_KIND_CODES): filtering by kind needs no chunk. */
  kinds: string;
  /**
   * For a phrase with a bridge: the ids of the Q&A entries that link it, to rank them beside
   * it. Here rather than in its chunk, so those entries are fetched with the other results.
   */
  from: Record<number, number[]>;
  /**
   * Each document's cluster (its category, stage or page), one character per document:
   * cluster k is the character CLUSTER_BASE + k (two bytes in UTF-8, nothing JSON escapes).
   */
  g: string;
}

/**
 * Files per warm-up bundle (about 1 MB raw each at 10,000 entries): the page only splits a
 * bundle into lines, so few large bundles finish sooner (one idle wait each) at no cost to typing.
 */
export const BUNDLE = {shards: 512, chunks: 256} as const;

/** The k-th warm-up bundle of a file kind (`t` shards, `d` chunks): one path, written and read. */
export const warmUpBundlePath = (kind: 't' | 'd', k: number) => `w/${kind}${k}.txt`;
/** Whether an index file is a warm-up bundle (fetched in the background, at low priority). */
export const isWarmUpBundle = (path: string) => path.startsWith('w/');

/**
 * The warm-up bundle that holds an index file, and the file's line in it: `t/700.json` is
 * line 188 of `w/t1.txt`. Paths relative to the index folder. The offline cache keeps the
 * bundles only and answers a shard or chunk request with its bundle's line.
 */
export function bundleLine(path: string): {bundle: string; line: number} | null {
  const m = /^([td])\/(\d+)\.json$/.exec(path);
  if (!m) return null;
  const kind = m[1] as 't' | 'd';
  const n = Number(m[2]);
  const per = kind === 't' ? BUNDLE.shards : BUNDLE.chunks;
  return {bundle: warmUpBundlePath(kind, Math.floor(n / per)), line: n % per};
}

const INDEX_FOLDER = new RegExp(`^(${INDEX_ROOT.slice(1)}/[^/]+/)(.+)$`);

/** A site path ("kb-index/<hash>/t/3.json") split into the index folder and the path inside it. */
export function inIndexFolder(sitePath: string): {folder: string; file: string} | null {
  const m = INDEX_FOLDER.exec(sitePath);
  return m ? {folder: m[1]!, file: m[2]!} : null;
}

/** A bundle's lines (one file each); bytes are split without decoding (UTF-8 never hides a 0x0a in a character). */
export function splitLines(body: string | Uint8Array): (string | Uint8Array)[] {
  if (typeof body === 'string') return body.split('\n');
  const out: Uint8Array[] = [];
  let at = 0;
  for (let end = body.indexOf(10); end >= 0; at = end + 1, end = body.indexOf(10, at)) out.push(body.subarray(at, end));
  out.push(body.subarray(at));
  return out;
}

export interface StoredPhrase {
  /** Placeholder declarations by name: type, label. */
  ph: Record<string, {type: string; label?: string; format?: string}>;
  v: {tone: string; channel?: string; text: string}[];
}

export interface StoredDoc {
  /** Kind. */
  k: DocType;
  /** Title: the question for a Q&A entry, the section heading for an SOP section. */
  t: string;
  u: string;
  /** Breadcrumb. */
  c: string[];
  /** Situations, alternate phrasings and tags, joined (shownAlt): shown when they are what matched. */
  a?: string;
  /** Snippet source text. */
  x: string;
  p?: StoredPhrase;
}

/** A popular entry as meta ships it: only what the empty search lists, not its text. */
export type PopularDoc = Pick<StoredDoc, 'k' | 't' | 'u' | 'c'>;

/** What the builder takes: one record per SOP section, Q&A entry or phrase. */
export interface SearchDoc {
  type: DocType;
  title: string;
  url: string;
  crumb: string[];
  /** Alternate phrasings (a Q&A entry's customers' words) and tags. */
  alt: string[];
  /** A phrase's situations, as agents describe them: indexed by what they affirm (affirmedPart). */
  situations?: string[];
  heading: string[];
  body: string;
  /** Customers' words that should find this document (a phrase: its Q&A entries' phrasings). */
  bridge?: string[];
  /** For a Q&A entry: the situations of the phrases it links (how agents describe its case). */
  related?: string[];
  /** Urls of the documents the bridge came from (a phrase: the Q&A entries that link it). */
  bridgeFrom?: string[];
  /** Shown under the title; defaults to body. */
  snippet?: string;
  phrase?: StoredPhrase;
  popular?: boolean;
}

/** What a document shows of its other phrasings: its situations, then its alternates and tags. */
export const shownAlt = (d: Pick<SearchDoc, 'alt' | 'situations'>): string[] => [...(d.situations ?? []), ...d.alt];

/** The token of synonym group `k` (meta's `syn[k]`): one lookup finds every member of the group. */
export const synonymToken = (k: number) => `=${k}`;

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const shardOf = (token: string, shards: number) => fnv1a(token) % shards;
