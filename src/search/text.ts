/**
 * Text normalisation and tokenising, shared by the index builder (Node), the browser
 * and the `kb search` command, so a query is split exactly as the content was.
 *
 * Normalisation maps one UTF-16 unit to one unit (full-width → half-width, upper → lower,
 * Traditional → Simplified through the index's own character map), so offsets in the
 * normalised text are offsets in the original: highlighting needs no re-alignment.
 *
 * Tokens:
 * - a run of Chinese characters gives its overlapping bigrams (无理由退货 → 无理 理由 由退 退货),
 *   so 退款 matches only where 退 and 款 are adjacent and in order; a one-character run gives
 *   itself; short fields (titles, questions, tags) also give every single character;
 * - a run of Latin letters or digits is one token (sku, 618, 12315), and letters and
 *   digits inside it are also split (iphone15 → iphone 15);
 * - digits followed by a Chinese character give a unit token (7天, 20元), so "7天" does not
 *   match every text with a 7 and a 天.
 */

const CJK_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
export const isCjk = (ch: string) => CJK_RE.test(ch);
const isAlnum = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
/** isCjk or isAlnum for one UTF-16 unit of normalised text, by code (hot loops). */
const isWordCode = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 48 && c <= 57) || (c >= 97 && c <= 122);

/** Character pairs of normalised `text`, within runs of Chinese characters, letters and digits. */
export function charPairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) if (isWordCode(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) out.add(text.slice(i, i + 2));
  return out;
}

/** How a unit word (7天) may also be written in text: with the one space the typography rule adds ("7 天"). */
export const spacedUnit = (word: string): string | null => (/^[0-9]+[^0-9]$/.test(word) ? word.replace(/^([0-9]+)/, '$1 ') : null);

/**
 * Characters that start a unit or measure word after a number (7天, 48小时, 38码, 2件, 199减).
 * After digits, a query takes such a character as the number's unit; any other character
 * (175穿L, 42的) starts the next word.
 */
export const UNIT_STARTS = new Set([
  ...'天日号周月年岁点时分秒小个件次单块元角毛斤克公千万百亿米厘毫升码寸倍折减人台套盒瓶包箱张份条双只支把层楼位期款色种遍趟回家级度瓦伏安成',
]);

const NUMERALS: Record<string, number> = {零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9};

/** A lone Chinese numeral (一 of 一上来, 三 of 三回): it counts a thing, it names none. */
export const isNumeral = (ch: string) => ch === '十' || ch in NUMERALS;

/**
 * A Chinese number and its unit in digits, as policy values are written (七天 → 7天, 十五天 →
 * 15天, 四十八小时 → 48小): the unit's first character, as the index joins it. Null otherwise.
 */
export function numeralUnit(word: string): string | null {
  const m = /^(?:([一二两三四五六七八九])?(十))?([零一二两三四五六七八九])?(天|日|周|个月|月|年|小时|分钟|元|块|件|次|倍)$/.exec(word);
  if (!m || (!m[2] && !m[3])) return null;
  const n = (m[2] ? (m[1] ? NUMERALS[m[1]]! : 1) * 10 : 0) + (m[3] ? NUMERALS[m[3]]! : 0);
  return `${n}${m[4]![0]}`;
}

/**
 * An agent's situation without what it says the case is not: "不是大件送货，是小件退货要上门取"
 * describes a small-item pickup, and 大件送货 is its neighbour's word, not its own. A clause
 * from 不是 (并非, 而非, 不属于) to the next punctuation is dropped; a customer's quoted words
 * (“这不是我买的”) are kept whole.
 */
export const affirmedPart = (situation: string): string =>
  situation
    .split(/(“[^”]*”)/)
    .map((part) => (part.startsWith('“') ? part : part.replace(/(?:不是|并非|而非|不属于)[^，。；！？,.;!?、“]*/g, '')))
    .join('');

/** Traditional → Simplified, as the index ships it: a string of pairs "貨货退退…". */
export type CharMap = ReadonlyMap<string, string>;
export const parseCharMap = (pairs: string): CharMap => {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return map;
};

export function normalizeChar(ch: string, t2s?: CharMap): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) ch = String.fromCharCode(code - 0xfee0);
  else if (code === 0x3000) ch = ' ';
  const lower = ch.toLowerCase();
  if (lower.length === 1) ch = lower;
  return t2s?.get(ch) ?? ch;
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const halfWidth = (ch: string) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
/** Per character map, a character class of its keys (built once per map). */
const mapPatterns = new WeakMap<CharMap, RegExp | null>();
const escapeClass = (ch: string) => (/[\\\]^-]/.test(ch) ? `\\${ch}` : ch);

/**
 * normalizeChar over every unit of `text`: same length as the input, unit for unit. Whole-
 * string operations, not a call per character: re-ranking normalises every result's text.
 */
export function normalize(text: string, t2s?: CharMap): string {
  // Σ lower-cases by context in a whole string (final ς); alone it is σ.
  let out = text.replace(FULL_WIDTH, halfWidth).replace(/\u03a3/g, '\u03c3');
  const lower = out.toLowerCase();
  if (lower.length === out.length) out = lower;
  else {
    // A character whose lower case is longer (İ) stays as it is.
    let kept = '';
    for (const ch of out.split('')) kept += ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    out = kept;
  }
  if (!t2s?.size) return out;
  let pattern = mapPatterns.get(t2s);
  if (pattern === undefined) {
    const keys = [...t2s.keys()].filter((k) => k.length === 1);
    pattern = keys.length ? new RegExp(`[${keys.map(escapeClass).join('')}]`, 'g') : null;
    mapPatterns.set(t2s, pattern);
  }
  return pattern ? out.replace(pattern, (ch) => t2s.get(ch)!) : out;
}

export type Run = {kind: 'cjk' | 'alnum'; text: string; start: number};

/** Split normalised text into runs of Chinese characters and runs of letters/digits. */
export function runs(norm: string): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < norm.length) {
    const ch = norm[i]!;
    const kind = isCjk(ch) ? 'cjk' : isAlnum(ch) ? 'alnum' : null;
    if (!kind) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < norm.length && (kind === 'cjk' ? isCjk(norm[j]!) : isAlnum(norm[j]!))) j++;
    out.push({kind, text: norm.slice(i, j), start: i});
    i = j;
  }
  return out;
}

export interface TokenizeOptions {
  /** Add every single Chinese character (titles, questions, tags only: it grows the index). */
  unigrams?: boolean;
  /** Tokenising a query: a single character after digits is left to the unit token. */
  query?: boolean;
}

/** Tokens of a normalised text, deduplicated, in first-seen order. */
export function tokenize(norm: string, opts: TokenizeOptions = {}): string[] {
  return [...new Set(tokenStream(norm, opts))];
}

/** How often each token occurs in a normalised text (term frequency for ranking). */
export function tokenCounts(norm: string, opts: TokenizeOptions = {}): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokenStream(norm, opts)) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/** Every token occurrence, in text order (a token may repeat). */
function tokenStream(norm: string, opts: TokenizeOptions): string[] {
  const out: string[] = [];
  const list = runs(norm);
  const unitTail = new Set<number>();
  list.forEach((run, r) => {
    if (run.kind === 'cjk') {
      const t = run.text;
      // In a query, 天 of "7天" is carried by the unit token alone.
      if (t.length === 1 && !(opts.query && unitTail.has(r))) out.push(t);
      for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
      if (opts.unigrams && t.length > 1) for (const ch of t) out.push(ch);
    } else {
      out.push(run.text);
      const parts = run.text.match(/[a-z]+|[0-9]+/g) ?? [];
      if (parts.length > 1) out.push(...parts);
      // 7天, 20元: digits directly followed by a Chinese character.
      const next = list[r + 1];
      const digits = /[0-9]+$/.exec(run.text)?.[0];
      const end = run.start + run.text.length;
      // The typography rule puts a space between 7 and 天: one space may sit between them.
      if (digits && next?.kind === 'cjk' && (next.start === end || (next.start === end + 1 && norm[end] === ' '))) {
        out.push(digits + next.text[0]);
        unitTail.add(r + 1);
      }
    }
  });
  return out;
}

export const MAX_QUERY_CHARS = 128;

/** What the agent typed, made safe: capped, control characters and surrogate halves dropped. */
export function cleanQuery(raw: string): string {
  const capped = [...String(raw ?? '')].slice(0, MAX_QUERY_CHARS).join('');
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return capped.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
}

export {isDigit};
