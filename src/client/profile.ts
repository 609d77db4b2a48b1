/**
 * What the browser remembers for one agent: the profile (agent name, platform name),
 * favourite phrases, recent copies and the workbench's last tone and channel. Kept in
 * localStorage through storage.ts, so corrupt, full or unavailable storage falls back to
 * the defaults (and to memory) without breaking a page.
 *
 * Components read these with hooks built on useSyncExternalStore: the server render and
 * hydration see the defaults, the stored values arrive right after, and every widget on
 * the page (and other tabs) stays in step.
 */
import {useCallback, useSyncExternalStore} from 'react';
import {z} from '../core/zod';
import {CHANNELS, TONES} from '../core/schema';
import type {SiteSettings} from '../core/site';
import type {Profile} from './fill';
import {getStorageIssues, readStored, resetStorageState, subscribeStorageIssues, writeStored, type StorageIssue} from './storage';
import {useSiteSettings} from './useKb';

export const profileSchema = z.object({
  agentName: z.string().max(40).default(''),
  platformName: z.string().max(40).default(''),
});
export type StoredProfile = z.infer<typeof profileSchema>;

const phraseId = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);
export const favouritesSchema = z.array(phraseId).max(500);

export const recentSchema = z.object({
  id: phraseId,
  tone: z.enum(TONES),
  channel: z.enum(CHANNELS).optional(),
  at: z.number(),
});
export const recentsSchema = z.array(recentSchema).max(100);
export type RecentCopy = z.infer<typeof recentSchema>;

export const prefsSchema = z.object({
  tone: z.enum(TONES).optional(),
  channel: z.enum(CHANNELS).optional(),
  greeting: phraseId.optional(),
  closing: phraseId.optional(),
});
export type Prefs = z.infer<typeof prefsSchema>;

export const RECENT_LIMIT = 12;

export interface Store<T> {
  key: string;
  fallback: T;
  get(): T;
  set(next: T | ((prev: T) => T)): void;
  subscribe(listener: () => void): () => void;
  /** False after a write that could only be kept in memory (storage full or blocked). */
  persisted(): boolean;
  /** Forget the cached value; the next read goes back to storage. */
  reload(): void;
}

const stores: Store<unknown>[] = [];

function createStore<S extends z.ZodType>(key: string, schema: S, fallback: z.infer<S>): Store<z.infer<S>> {
  type T = z.infer<S>;
  let cache: {value: T} | null = null;
  let persisted = true;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const get = (): T => {
    if (typeof window === 'undefined') return fallback;
    cache ??= {value: readStored(key, schema, fallback)};
    return cache.value;
  };
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.endsWith(`:${key}`)) {
      cache = null;
      notify();
    }
  };
  const store: Store<T> = {
    key,
    fallback,
    get,
    set(next) {
      const value = typeof next === 'function' ? (next as (prev: T) => T)(get()) : next;
      cache = {value};
      persisted = writeStored(key, value);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
    persisted: () => persisted,
    reload() {
      cache = null;
      persisted = true;
      notify();
    },
  };
  stores.push(store as Store<unknown>);
  return store;
}

export const profileStore = createStore('profile', profileSchema, {agentName: '', platformName: ''});
export const favouritesStore = createStore('favourites', favouritesSchema, []);
export const recentsStore = createStore('recents', recentsSchema, []);
export const prefsStore = createStore('workbench-prefs', prefsSchema, {});

/** Drop every cached value so the next read goes to storage again. */
export function reloadStores(): void {
  stores.forEach((s) => s.reload());
}

/** For tests: every store back to its default, in storage, in storage.ts's memory copy and in the cache. */
export function resetStores(): void {
  try {
    window.localStorage.clear();
  } catch {
    // storage unavailable: the memory copy is reset below
  }
  resetStorageState();
  reloadStores();
}

export function useStore<T>(store: Store<T>): [T, Store<T>['set']] {
  const value = useSyncExternalStore(store.subscribe, store.get, () => store.fallback);
  return [value, store.set];
}

/** True when every store could write to the browser's storage (false in private mode or when full). */
export function useStoragePersisted(): boolean {
  const subscribe = useCallback((l: () => void) => {
    const offs = stores.map((s) => s.subscribe(l));
    return () => offs.forEach((off) => off());
  }, []);
  return useSyncExternalStore(
    subscribe,
    () => stores.every((s) => s.persisted()),
    () => true,
  );
}

/** Problems with the browser's storage met so far on this page (none on the server). */
export function useStorageIssues(): readonly StorageIssue[] {
  return useSyncExternalStore(subscribeStorageIssues, getStorageIssues, () => NO_ISSUES);
}
const NO_ISSUES: readonly StorageIssue[] = [];

/**
 * Stored names over the defaults. The platform falls back to the site's configuration; the
 * agent's nickname never does: a reply with `{agent}` is not copied until the agent has
 * given one (an empty name is a missing field, which the copy asks for).
 */
export function resolveProfile(stored: StoredProfile, site: Pick<SiteSettings, 'platformName'>): Profile {
  return {
    agentName: stored.agentName.trim(),
    platformName: stored.platformName.trim() || site.platformName,
  };
}

/** True when the agent has given a nickname (a blank one counts as none). */
export const hasNickname = (stored: StoredProfile) => stored.agentName.trim() !== '';

/** Save the nickname the copy asked for. */
export function setNickname(name: string): void {
  profileStore.set((p) => ({...p, agentName: name.trim()}));
}

/** The profile every reply is filled with. */
export function useProfile(): Profile {
  const [stored] = useStore(profileStore);
  return resolveProfile(stored, useSiteSettings());
}

export function toggleFavourite(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [id, ...list];
}

export function useFavourites(): {ids: string[]; has: (id: string) => boolean; toggle: (id: string) => void} {
  const [ids, set] = useStore(favouritesStore);
  const has = useCallback((id: string) => ids.includes(id), [ids]);
  const toggle = useCallback((id: string) => set((prev) => toggleFavourite(prev, id)), [set]);
  return {ids, has, toggle};
}

/** Newest first, one entry per phrase and variant, at most RECENT_LIMIT. */
export function addRecent(list: readonly RecentCopy[], entry: RecentCopy): RecentCopy[] {
  const same = (r: RecentCopy) => r.id === entry.id && r.tone === entry.tone && r.channel === entry.channel;
  return [entry, ...list.filter((r) => !same(r))].slice(0, RECENT_LIMIT);
}

export function recordCopy(entry: Omit<RecentCopy, 'at'>, at = Date.now()): void {
  const clean: RecentCopy = {id: entry.id, tone: entry.tone, at, ...(entry.channel ? {channel: entry.channel} : {})};
  recentsStore.set((prev) => addRecent(prev, clean));
}
