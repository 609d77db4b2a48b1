/**
 * Copy text to the clipboard: the Clipboard API where the page may use it, else the old
 * hidden-textarea + execCommand('copy') path (plain http, older browsers, denied
 * permission). Resolves with the method that worked, rejects when neither did, so the
 * caller can tell the agent to copy by hand.
 */
export type CopyMethod = 'clipboard' | 'fallback';

export class CopyError extends Error {
  constructor() {
    super('复制失败：浏览器不允许写入剪贴板');
    this.name = 'CopyError';
  }
}

/** The execCommand path; returns false when the browser refused. Keeps focus and selection. */
export function legacyCopy(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;
  const active = document.activeElement as HTMLElement | null;
  const selection = document.getSelection();
  const ranges = selection ? Array.from({length: selection.rangeCount}, (_, i) => selection.getRangeAt(i)) : [];
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  Object.assign(area.style, {position: 'fixed', top: '0', left: '-9999px', opacity: '0', fontSize: '12pt'});
  document.body.appendChild(area);
  let ok: boolean;
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
    if (selection) {
      selection.removeAllRanges();
      ranges.forEach((r) => selection.addRange(r));
    }
    active?.focus?.({preventScroll: true});
  }
  return ok;
}

export async function copyText(text: string): Promise<CopyMethod> {
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  if (clipboard?.writeText && (typeof window === 'undefined' || window.isSecureContext !== false)) {
    try {
      await clipboard.writeText(text);
      return 'clipboard';
    } catch {
      // permission denied or document not focused: try the old way
    }
  }
  if (legacyCopy(text)) return 'fallback';
  throw new CopyError();
}
