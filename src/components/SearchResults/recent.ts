/** Recent searches, kept in the browser (safe storage: corrupt or missing data resets). */
import {z} from '../../core/zod';
import {readStored, writeStored} from '../../client/storage';

const KEY = 'recent-searches';
const schema = z.array(z.string().max(200)).max(20);
export const RECENT_SEARCHES = 8;

export const readRecentSearches = (): string[] => readStored(KEY, schema, []);

export function rememberSearch(query: string): string[] {
  const q = query.trim();
  if (!q) return readRecentSearches();
  const next = [q, ...readRecentSearches().filter((x) => x !== q)].slice(0, RECENT_SEARCHES);
  writeStored(KEY, next);
  return next;
}
