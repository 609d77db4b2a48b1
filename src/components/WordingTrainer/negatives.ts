/**
 * The negative wording the seed asks agents to turn around (负面词汇转化): 不能, 不可以,
 * 没办法. Found with their positions so a widget can mark them in the agent's own text.
 */
export const NEGATIVE_WORDS = ['不可以', '没办法', '不能'] as const;
export type NegativeWord = (typeof NEGATIVE_WORDS)[number];

export const SUGGESTIONS: Record<NegativeWord, string> = {
  不能: '说客户可以怎么做：“您可以……”“我们可以为您……”',
  不可以: '换成可以选择的做法：“您可以选择……，这样……”',
  没办法: '说清楚能做到的和时间：“我们可以先……，预计……”',
};

export interface NegativeHit {
  word: NegativeWord;
  index: number;
}

const RE = new RegExp(NEGATIVE_WORDS.join('|'), 'g');

export function findNegatives(text: string): NegativeHit[] {
  return [...text.matchAll(RE)].map((m) => ({word: m[0] as NegativeWord, index: m.index}));
}

/** The text cut into plain runs and hits, for rendering with <mark>. */
export function splitByNegatives(text: string): {text: string; hit: boolean}[] {
  const out: {text: string; hit: boolean}[] = [];
  let last = 0;
  for (const h of findNegatives(text)) {
    if (h.index > last) out.push({text: text.slice(last, h.index), hit: false});
    out.push({text: h.word, hit: true});
    last = h.index + h.word.length;
  }
  if (last < text.length) out.push({text: text.slice(last), hit: false});
  return out;
}

/** One line that sums up a check, for a status message. */
export function negativeSummary(text: string): string {
  const hits = findNegatives(text);
  if (!text.trim()) return '';
  if (!hits.length) return '没有发现“不能 / 不可以 / 没办法”。';
  const words = [...new Set(hits.map((h) => h.word))];
  return `发现 ${hits.length} 处否定说法：${words.map((w) => `“${w}”`).join('、')}。${SUGGESTIONS[words[0]!]}`;
}
