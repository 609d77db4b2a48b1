/**
 * The query segmenter the browser runs: the index ships a compact lexicon of the words
 * the build-time segmenter (jieba, see segment.ts) found in the corpus, plus the synonyms;
 * a query's Chinese runs are split against it by dynamic programming (fewest words,
 * then longest words), so a query is split the way the content was and the page needs
 * no segmenter. Words the corpus never uses fall apart into single characters.
 *
 * Format: one group per first character, the character followed by its words' suffixes
 * separated by ",", groups separated by "|": "包裹,装|退款,货,换货".
 */

export interface Lexicon {
  /** First character → suffixes. */
  readonly words: ReadonlyMap<string, ReadonlySet<string>>;
  readonly maxLen: number;
  has(word: string): boolean;
}

export const MAX_WORD = 6;

export function encodeLexicon(words: Iterable<string>): string {
  const groups = new Map<string, Set<string>>();
  for (const w of words) {
    if (w.length < 2 || w.length > MAX_WORD) continue;
    const g = groups.get(w[0]!) ?? groups.set(w[0]!, new Set()).get(w[0]!)!;
    g.add(w.slice(1));
  }
  return [...groups.keys()]
    .sort()
    .map((first) => first + [...groups.get(first)!].sort().join(','))
    .join('|');
}

export function parseLexicon(text: string): Lexicon {
  const words = new Map<string, Set<string>>();
  let maxLen = 1;
  for (const group of text ? text.split('|') : []) {
    const first = group[0]!;
    const suffixes = new Set(group.slice(1).split(','));
    for (const s of suffixes) maxLen = Math.max(maxLen, s.length + 1);
    words.set(first, suffixes);
  }
  return {words, maxLen, has: (w) => w.length >= 2 && (words.get(w[0]!)?.has(w.slice(1)) ?? false)};
}

/**
 * Split a run of Chinese characters into lexicon words and single characters: fewest
 * pieces, then fewest single characters, then the most even lengths (退货/运费 over
 * 退/货运费), as bidirectional maximum matching would.
 */
export function segmentRun(run: string, lex: Lexicon): string[] {
  const n = run.length;
  // cost[i] for run.slice(i): [pieces, single characters, sum of squared lengths].
  const cost: [number, number, number][] = Array.from({length: n + 1}, () => [Infinity, 0, 0]);
  const next = new Array<number>(n + 1).fill(n);
  cost[n] = [0, 0, 0];
  const better = (a: [number, number, number], b: [number, number, number]) =>
    a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
  for (let i = n - 1; i >= 0; i--) {
    for (let len = Math.min(lex.maxLen, n - i); len >= 1; len--) {
      if (len > 1 && !lex.has(run.slice(i, i + len))) continue;
      const [p, s, q] = cost[i + len]!;
      const cand: [number, number, number] = [p + 1, s + (len === 1 ? 1 : 0), q + len * len];
      if (better(cand, cost[i]!)) {
        cost[i] = cand;
        next[i] = i + len;
      }
    }
  }
  const out: string[] = [];
  for (let i = 0; i < n; i = next[i]!) out.push(run.slice(i, next[i]));
  return out;
}
