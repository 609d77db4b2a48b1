/**
 * The state the phrase pages keep in the URL, as pure functions: which variant a tone and
 * channel choose, the library's filters, and the text filter. The pages only read and
 * write the query string; everything here is tested directly.
 */
import {CHANNELS, TONES, type Channel, type Tone} from '../core/schema';
import type {PhraseView, VariantView} from '../core/views';

export interface Selection {
  tone?: Tone;
  channel?: Channel;
}

export const isTone = (v: unknown): v is Tone => typeof v === 'string' && (TONES as readonly string[]).includes(v);
export const isChannel = (v: unknown): v is Channel => typeof v === 'string' && (CHANNELS as readonly string[]).includes(v);

/** How well a variant fits: exact, written for every channel, same tone only, same channel only. */
function score(v: VariantView, sel: Selection): number {
  const tone = sel.tone ? (v.tone === sel.tone ? 8 : 0) : 4;
  const channel = !sel.channel ? (v.channel ? 1 : 2) : v.channel === sel.channel ? 3 : v.channel ? 0 : 2;
  return tone + channel;
}

/**
 * The variant to show for a tone and channel: the exact one; else the same tone written for
 * all channels; else the same tone on another channel; else the channel in another tone;
 * else the first. Ties keep the editors' order.
 */
export function chooseVariant(phrase: Pick<PhraseView, 'variants'>, sel: Selection): number {
  let best = 0;
  let bestScore = -1;
  phrase.variants.forEach((v, i) => {
    const s = score(v, sel);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}

/** True when the chosen variant is exactly what was asked for (a channel-less variant fits any channel). */
export function isExactMatch(v: VariantView, sel: Selection): boolean {
  return (!sel.tone || v.tone === sel.tone) && (!sel.channel || !v.channel || v.channel === sel.channel);
}

export const variantLabel = (v: Pick<VariantView, 'tone' | 'channel'>) => `${v.tone} · ${v.channel ?? '通用'}`;

/** Tones a phrase has, in the site's order. */
export const tonesOf = (p: Pick<PhraseView, 'variants'>): Tone[] => TONES.filter((t) => p.variants.some((v) => v.tone === t));

/** Channels worth offering: all of them when some variant is written for every channel. */
export function channelsOf(p: Pick<PhraseView, 'variants'>): Channel[] {
  if (p.variants.some((v) => !v.channel)) return [...CHANNELS];
  return CHANNELS.filter((c) => p.variants.some((v) => v.channel === c));
}

/** Does the phrase have a variant that fits? (Used by the library's tone and channel filters.) */
export const hasVariant = (p: Pick<PhraseView, 'variants'>, sel: Selection) => p.variants.some((v) => isExactMatch(v, sel));

/** `?tone=亲切&channel=在线聊天` → a selection; unknown values are ignored. */
export function selectionFromQuery(search: string): Selection {
  const q = new URLSearchParams(search);
  const tone = q.get('tone');
  const channel = q.get('channel');
  return {...(isTone(tone) ? {tone} : {}), ...(isChannel(channel) ? {channel} : {})};
}

/** Merge params into a query string, dropping empty ones; keeps unrelated params. */
export function withParams(search: string, params: Record<string, string | undefined | null | false>): string {
  const q = new URLSearchParams(search);
  for (const [k, v] of Object.entries(params)) {
    if (v) q.set(k, v);
    else q.delete(k);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Deep link to one phrase in one variant: what a team lead sends as "use this one". */
export function phraseLink(p: Pick<PhraseView, 'url'>, sel: Selection): string {
  return p.url + withParams('', {tone: sel.tone, channel: sel.channel});
}

export interface LibraryFilters extends Selection {
  q: string;
  stage?: string;
  category?: string;
  tag?: string;
  favourites: boolean;
  /** The phrase opened for filling in the list. */
  open?: string;
}

export const EMPTY_FILTERS: LibraryFilters = {q: '', favourites: false};

export function filtersFromQuery(search: string): LibraryFilters {
  const q = new URLSearchParams(search);
  const opt = (k: string) => q.get(k)?.trim() || undefined;
  return {
    ...selectionFromQuery(search),
    q: (q.get('q') ?? '').slice(0, 100),
    stage: opt('stage'),
    category: opt('category'),
    tag: opt('tag'),
    favourites: q.get('fav') === '1',
    open: opt('open'),
  };
}

export function filtersToQuery(f: LibraryFilters): string {
  return withParams('', {
    q: f.q.trim(),
    stage: f.stage,
    category: f.category,
    tag: f.tag,
    tone: f.tone,
    channel: f.channel,
    fav: f.favourites && '1',
    open: f.open,
  });
}

export const hasActiveFilters = (f: LibraryFilters) =>
  Boolean(f.q.trim() || f.stage || f.category || f.tag || f.tone || f.channel || f.favourites);

/** Lower-case, full-width to half-width, placeholders and punctuation out: what the text filter compares. */
export function normalizeForSearch(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/\{[^}]*\}/g, ' ');
}

export interface SearchNames {
  stages?: Readonly<Record<string, string>>;
  categories?: Readonly<Record<string, string>>;
}

/** Everything the text filter looks at for one phrase. */
export function searchText(p: PhraseView, names: SearchNames = {}): string {
  return normalizeForSearch(
    [p.id, p.title, ...p.tags, names.stages?.[p.stage] ?? '', p.category ? (names.categories?.[p.category] ?? '') : '', ...p.variants.map((v) => v.text)].join('\n'),
  );
}

/** Every whitespace-separated term must occur; a title hit ranks above a tag hit, a tag hit above the text. */
export function matchScore(p: PhraseView, query: string, names: SearchNames = {}, haystack = searchText(p, names)): number {
  const terms = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return 1;
  const title = normalizeForSearch(p.title);
  const tags = normalizeForSearch(p.tags.join(' '));
  let total = 0;
  for (const t of terms) {
    if (!haystack.includes(t)) return 0;
    total += title.includes(t) ? 4 : tags.includes(t) ? 2 : 1;
  }
  return total;
}

export function filterPhrases(
  phrases: readonly PhraseView[],
  f: LibraryFilters,
  opts: {names?: SearchNames; favourites?: readonly string[]} = {},
): PhraseView[] {
  const fav = new Set(opts.favourites ?? []);
  const kept = phrases.filter(
    (p) =>
      (!f.stage || p.stage === f.stage) &&
      (!f.category || p.category === f.category) &&
      (!f.tag || p.tags.includes(f.tag)) &&
      (!f.favourites || fav.has(p.id)) &&
      hasVariant(p, f),
  );
  if (!f.q.trim()) return kept;
  const scored = kept.map((p, i) => ({p, i, s: matchScore(p, f.q, opts.names)})).filter((x) => x.s > 0);
  return scored.sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.p);
}

/** Tags in use, most used first. */
export function tagsIn(phrases: readonly PhraseView[]): string[] {
  const counts = new Map<string, number>();
  for (const p of phrases) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-Hans-CN')).map(([t]) => t);
}
