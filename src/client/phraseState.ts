/**
 * The state the phrase pages keep in the URL, as pure functions: which variant a tone and
 * channel choose, and the library's filters. The pages only read and write the query
 * string; everything here is tested directly. Text search is the shared engine's alone.
 */
import {CHANNELS, TONES, type Channel, type Tone} from '../core/schema';
import type {PhraseView, VariantView} from '../core/views';
import {cleanText, QUERY_MAX} from '../core/safeText';

export interface Selection {
  tone?: Tone;
  channel?: Channel;
}

export const isTone = (v: unknown): v is Tone => typeof v === 'string' && (TONES as readonly string[]).includes(v);
export const isChannel = (v: unknown): v is Channel => typeof v === 'string' && (CHANNELS as readonly string[]).includes(v);

/**
 * Does a variant suit the channel? One written for it does. One written for every channel
 * does only while the phrase has none written for that channel: when editors wrote an SMS
 * version, the general text (often too long for a text message) is not an SMS reply.
 */
export function fitsChannel(phrase: Pick<PhraseView, 'variants'>, v: VariantView, channel: Channel | undefined): boolean {
  if (!channel || v.channel === channel) return true;
  return !v.channel && !phrase.variants.some((x) => x.channel === channel);
}

/** How well a variant fits: the channel first (a medium's limits are not a matter of taste), then the tone. */
function score(phrase: Pick<PhraseView, 'variants'>, v: VariantView, sel: Selection): number {
  const channel = fitsChannel(phrase, v, sel.channel) ? 16 : 0;
  const tone = sel.tone ? (v.tone === sel.tone ? 8 : 0) : 4;
  // With no channel asked for, a variant written for every channel is the better default.
  const general = !sel.channel && !v.channel ? 1 : 0;
  return channel + tone + general;
}

/**
 * The variant to show for a tone and channel: the exact one; else another tone that suits
 * the channel; else the same tone on another channel; else the first. Ties keep the
 * editors' order.
 */
export function chooseVariant(phrase: Pick<PhraseView, 'variants'>, sel: Selection): number {
  let best = 0;
  let bestScore = -1;
  phrase.variants.forEach((v, i) => {
    const s = score(phrase, v, sel);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}

/** True when the variant is exactly what was asked for: the tone, and a text that suits the channel. */
export function isExactMatch(phrase: Pick<PhraseView, 'variants'>, v: VariantView, sel: Selection): boolean {
  return (!sel.tone || v.tone === sel.tone) && fitsChannel(phrase, v, sel.channel);
}

/** The tone and channel that show exactly this variant ("用这个版本"), keeping the channel when it can. */
export function selectionFor(phrase: Pick<PhraseView, 'variants'>, v: VariantView, current: Required<Selection>): Required<Selection> {
  if (v.channel) return {tone: v.tone, channel: v.channel};
  const channel = fitsChannel(phrase, v, current.channel) ? current.channel : (CHANNELS.find((c) => fitsChannel(phrase, v, c)) ?? current.channel);
  return {tone: v.tone, channel};
}

/** Tones written for a channel, in the site's order (what to offer when the asked one is missing). */
export const tonesFor = (phrase: Pick<PhraseView, 'variants'>, channel: Channel | undefined): Tone[] =>
  TONES.filter((t) => phrase.variants.some((v) => v.tone === t && fitsChannel(phrase, v, channel)));

/**
 * What to tell the agent when the asked tone and channel have no version of their own, or
 * null when they do: which combination is missing, what is shown instead, what exists.
 */
export function fallbackNote(phrase: Pick<PhraseView, 'variants'>, sel: Required<Selection>): string | null {
  const v = phrase.variants[chooseVariant(phrase, sel)]!;
  if (isExactMatch(phrase, v, sel)) return null;
  const forChannel = tonesFor(phrase, sel.channel);
  const exists = forChannel.length
    ? `${sel.channel}只有${forChannel.map((t) => `“${t}”`).join('、')}语气的版本`
    : `这条话术没有适合${sel.channel}的版本`;
  return `没有“${sel.tone} · ${sel.channel}”的版本：${exists}，下面是“${variantLabel(v)}”。`;
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
export const hasVariant = (p: Pick<PhraseView, 'variants'>, sel: Selection) => p.variants.some((v) => isExactMatch(p, v, sel));

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
  const opt = (k: string) => cleanText(q.get(k), {max: QUERY_MAX}).trim() || undefined;
  return {
    ...selectionFromQuery(search),
    q: cleanText(q.get('q'), {max: QUERY_MAX}),
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

/**
 * The library's filters other than the text: stage, category, tag, favourites, and a variant
 * in the asked tone and channel. The text goes to the site's search engine (`useSearch`),
 * whose ranking these filters are applied on top of; editors' order is kept.
 */
export function filterPhrases(
  phrases: readonly PhraseView[],
  f: Omit<LibraryFilters, 'q' | 'open'>,
  opts: {favourites?: readonly string[]} = {},
): PhraseView[] {
  const fav = new Set(opts.favourites ?? []);
  return phrases.filter(
    (p) =>
      (!f.stage || p.stage === f.stage) &&
      (!f.category || p.category === f.category) &&
      (!f.tag || p.tags.includes(f.tag)) &&
      (!f.favourites || fav.has(p.id)) &&
      hasVariant(p, f),
  );
}

/** Tags in use, most used first. */
export function tagsIn(phrases: readonly PhraseView[]): string[] {
  const counts = new Map<string, number>();
  for (const p of phrases) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-Hans-CN')).map(([t]) => t);
}
