/**
 * "Open this phrase to fill it": the cursor goes to the first empty field of the form
 * (the order number, the amount), or to 复制 when nothing is left to fill. Pages opened
 * with `?fill=1` (from the search) do this on arrival.
 */
export const FILL_PARAM = 'fill';

const FIELDS = 'form input:not([type=radio]):not([type=checkbox]):not([type=hidden]), form textarea, form select';

export function focusFirstField(root: HTMLElement | null | undefined): HTMLElement | null {
  if (!root) return null;
  const fields = Array.from(root.querySelectorAll<HTMLInputElement>(FIELDS)).filter((f) => !f.disabled && !f.readOnly);
  const target: HTMLElement | null = fields.find((f) => !f.value) ?? root.querySelector<HTMLElement>('[data-action=copy]');
  target?.focus();
  return target;
}

/** The url a search result opens a phrase with: the page puts the cursor in its first empty field. */
export function withFillIntent(url: string): string {
  const [rest, hash] = url.split('#');
  const sep = rest!.includes('?') ? '&' : '?';
  return `${rest}${sep}${FILL_PARAM}=1${hash ? `#${hash}` : ''}`;
}

export const hasFillIntent = (search: string) => new URLSearchParams(search).get(FILL_PARAM) === '1';
