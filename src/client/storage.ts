/**
 * Browser storage that never breaks a page: values are validated with a zod schema on
 * read; corrupt, missing or unavailable storage (private mode, quota full) falls back
 * to the default and to memory, and the problem is reported once in the console.
 */
import type * as z from 'zod';

const memory = new Map<string, string>();
const PREFIX = 'kb:';

function store(): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    const s = window.localStorage;
    const probe = `${PREFIX}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export function readStored<S extends z.ZodType>(key: string, schema: S, fallback: z.infer<S>): z.infer<S> {
  const full = PREFIX + key;
  // Storage is the truth when it works; the memory copy stands in only when it does not.
  const s = store();
  let raw: string | null;
  try {
    raw = s ? s.getItem(full) : (memory.get(full) ?? null);
  } catch {
    raw = memory.get(full) ?? null;
  }
  if (raw == null) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: not JSON
  }
  console.warn(`[kb] 本地保存的“${key}”已损坏，已重置为默认值。`);
  try {
    store()?.removeItem(full);
  } catch {
    // storage unavailable: nothing to clean
  }
  memory.delete(full);
  return fallback;
}

/** Returns false when the value could only be kept in memory for this tab. */
export function writeStored(key: string, value: unknown): boolean {
  const full = PREFIX + key;
  const text = JSON.stringify(value);
  memory.set(full, text);
  try {
    const s = store();
    if (!s) return false;
    s.setItem(full, text);
    return true;
  } catch {
    return false;
  }
}
