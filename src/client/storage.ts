/**
 * Browser storage that never breaks a page: values are validated with a zod schema on
 * read; corrupt, missing or unavailable storage (private mode, quota full) falls back
 * to the default and to memory.
 *
 * Reading and writing fail separately: a full storage still reads (so favourites saved
 * earlier are still shown), a blocked one neither reads nor writes. A value that could
 * not be written is kept in memory and wins over the stored copy for this tab, so the
 * page always shows what the agent last did. Every problem is recorded once as a
 * `StorageIssue`, which `<StorageNotice>` shows in Chinese.
 */
import type * as z from 'zod';

const PREFIX = 'kb:';

/** Values written in this tab that storage refused: newer than what storage holds. */
const unsaved = new Map<string, string>();

export type StorageIssueKind = 'blocked' | 'full' | 'corrupt';
export interface StorageIssue {
  kind: StorageIssueKind;
  /** Storage keys (without the prefix) the problem touched, in the order met. */
  keys: string[];
}

/** What each key holds, in the words agents use. */
export const STORAGE_LABELS: Readonly<Record<string, string>> = {
  profile: '我的信息',
  favourites: '收藏',
  recents: '最近复制',
  'workbench-prefs': '工作台的语气和渠道',
  'onboarding-read': '学习进度',
  'practice-results': '练习成绩',
};

let issues: StorageIssue[] = [];
const issueListeners = new Set<() => void>();

function report(kind: StorageIssueKind, key: string): void {
  const found = issues.find((i) => i.kind === kind);
  if (found?.keys.includes(key)) return;
  if (!found) console.warn(`[kb] ${describeIssue({kind, keys: [key]})}`);
  issues = found ? issues.map((i) => (i === found ? {kind, keys: [...i.keys, key]} : i)) : [...issues, {kind, keys: [key]}];
  issueListeners.forEach((l) => l());
}

export const getStorageIssues = (): readonly StorageIssue[] => issues;
export function subscribeStorageIssues(listener: () => void): () => void {
  issueListeners.add(listener);
  return () => issueListeners.delete(listener);
}

/** One sentence per problem, in Chinese: what happened and what it means for the agent. */
export function describeIssue(issue: StorageIssue): string {
  const what = issue.keys.map((k) => `“${STORAGE_LABELS[k] ?? k}”`).join('、');
  switch (issue.kind) {
    case 'blocked':
      return '浏览器不允许本站保存数据（可能是无痕模式或禁用了网站数据）：收藏、最近复制和我的信息只在这个标签页里有效，关闭后不会保留。';
    case 'full':
      return `浏览器的存储空间已满，${what}的最新改动没能保存：在这个标签页里照常可用，关闭后会丢失。清理浏览器的网站数据后即可恢复保存。`;
    case 'corrupt':
      return `本地保存的${what}已损坏，无法读取，已恢复为默认值。`;
  }
}

/** For tests: forget recorded problems and unsaved values. */
export function resetStorageState(): void {
  issues = [];
  unsaved.clear();
  issueListeners.forEach((l) => l());
}

function local(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const isQuota = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014);

/** The raw text for a key: this tab's unsaved value first, then storage. */
function readRaw(key: string): string | null {
  const full = PREFIX + key;
  const pending = unsaved.get(full);
  if (pending !== undefined) return pending;
  const s = local();
  if (!s) {
    if (typeof window !== 'undefined') report('blocked', key);
    return null;
  }
  try {
    return s.getItem(full);
  } catch {
    report('blocked', key);
    return null;
  }
}

export function readStored<S extends z.ZodType>(key: string, schema: S, fallback: z.infer<S>): z.infer<S> {
  const raw = readRaw(key);
  if (raw == null) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: not JSON
  }
  report('corrupt', key);
  const full = PREFIX + key;
  unsaved.delete(full);
  try {
    local()?.removeItem(full);
  } catch {
    // storage unavailable: nothing to clean
  }
  return fallback;
}

/** Returns false when the value could only be kept in memory for this tab. */
export function writeStored(key: string, value: unknown): boolean {
  const full = PREFIX + key;
  const text = JSON.stringify(value);
  const s = local();
  if (!s) {
    unsaved.set(full, text);
    report('blocked', key);
    return false;
  }
  try {
    s.setItem(full, text);
    unsaved.delete(full);
    return true;
  } catch (e) {
    unsaved.set(full, text);
    report(isQuota(e) ? 'full' : 'blocked', key);
    return false;
  }
}
