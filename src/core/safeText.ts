/**
 * Text from the outside (typed, pasted, read from the URL) made safe to keep, encode and
 * send: lone UTF-16 surrogates (half an emoji, which make `encodeURIComponent` throw
 * "URI malformed") become U+FFFD, control characters are dropped, and the length is
 * capped in characters (not UTF-16 units, so a cut never splits an emoji).
 */

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 and C1 controls and DEL; tab and line breaks are decided by `multiline`. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BREAKS = /[\t\r\n]+/g;

/** Longest value a reply field keeps: far more than any address or product name. */
export const FIELD_MAX = 200;
/** Longest query a search box or URL parameter keeps. */
export const QUERY_MAX = 100;

export interface CleanOptions {
  /** Characters kept at most (code points). */
  max?: number;
  /** Keep line breaks and tabs (else each run becomes one space). */
  multiline?: boolean;
}

export function cleanText(raw: string | null | undefined, {max = FIELD_MAX, multiline = false}: CleanOptions = {}): string {
  if (!raw) return '';
  // Cap first (cheaply) so a pasted megabyte is not scanned whole.
  let s = raw.length > max * 2 + 2 ? raw.slice(0, max * 2 + 2) : raw;
  s = s.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '');
  if (!multiline) s = s.replace(BREAKS, ' ');
  const chars = [...s];
  return chars.length > max ? chars.slice(0, max).join('') : s;
}

/** `encodeURIComponent` that cannot throw: the value is cleaned first. */
export const encodeParam = (raw: string, max = QUERY_MAX): string => encodeURIComponent(cleanText(raw, {max}));
