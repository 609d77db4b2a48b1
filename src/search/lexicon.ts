/**
 * The query segmenter the browser runs: the index ships a compact lexicon of the words
 * the build-time segmenter (jieba, see segment.ts) found in the corpus, each with its
 * frequency class (log2 of its count in jieba's dictionary and the corpus); a single
 * character has one fixed class. A query's Chinese runs are split by dynamic programming over the lexicon's
 * words, maximising the summed log frequency as jieba does (给/我/发货, not 给我发/货), so a
 * query is split the way the content was and the page needs no segmenter. Words the
 * corpus never uses fall apart into single characters.
 *
 * Format: one group per first character, groups separated by "|": the character, then
 * comma-separated entries, each a suffix followed by one base-36 frequency class:
 * "包裹c,装8|退款d,货e".
 */

export interface Lexicon {
  has(word: string): boolean;
  /** Frequency class (log2 of the count) of a word or character; 0 when unknown. */
  weight(word: string): number;
}

export const MAX_WORD = 6;
/**
 * Frequency class of any single character (the lexicon ships words only, to stay small):
 * about a common character's count in jieba's dictionary.
 */
export const SINGLE_CLASS = 15;
/** log2 of the total count in jieba's dictionary: each extra piece costs this much. */
export const LOG_TOTAL = 26;

export function encodeLexicon(entries: ReadonlyMap<string, number>): string {
  const groups = new Map<string, [string, number][]>();
  for (const [w, weight] of entries) {
    if (w.length < 1 || w.length > MAX_WORD) continue;
    const g = groups.get(w[0]!) ?? groups.set(w[0]!, []).get(w[0]!)!;
    g.push([w.slice(1), Math.max(0, Math.min(35, Math.round(weight)))]);
  }
  return [...groups.keys()]
    .sort()
    .map((first) => first + groups.get(first)!.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([s, n]) => s + n.toString(36)).join(','))
    .join('|');
}

export function parseLexicon(text: string): Lexicon {
  const words = new Map<string, Map<string, number>>();
  for (const group of text ? text.split('|') : []) {
    const first = group[0]!;
    const entries = new Map<string, number>();
    for (const e of group.slice(1).split(',')) if (e) entries.set(e.slice(0, -1), parseInt(e.slice(-1), 36));
    words.set(first, entries);
  }
  return {
    has: (w) => w.length >= 2 && (words.get(w[0]!)?.has(w.slice(1)) ?? false),
    weight: (w) => (w.length === 1 ? SINGLE_CLASS : words.get(w[0]!)?.get(w.slice(1)) ?? 0),
  };
}

/**
 * Split a run of Chinese characters into lexicon words and single characters: the path
 * with the highest summed log frequency, each piece costing LOG_TOTAL (fewer, likelier
 * pieces win), ties to fewer single characters.
 */
export function segmentRun(run: string, lex: Lexicon): string[] {
  const n = run.length;
  const best = new Array<number>(n + 1).fill(-Infinity);
  const next = new Array<number>(n + 1).fill(n);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let len = Math.min(MAX_WORD, n - i); len >= 1; len--) {
      const piece = run.slice(i, i + len);
      if (len > 1 && !lex.has(piece)) continue;
      const score = best[i + len]! + lex.weight(piece) - LOG_TOTAL;
      if (score > best[i]!) {
        best[i] = score;
        next[i] = i + len;
      }
    }
  }
  const out: string[] = [];
  for (let i = 0; i < n; i = next[i]!) out.push(run.slice(i, next[i]));
  return out;
}
