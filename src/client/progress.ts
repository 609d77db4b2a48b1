/**
 * The new hire's progress, kept in this browser: pages of the learning path marked as
 * read and the result of every scenario practised. Built on `storage.ts`, so corrupt or
 * unavailable storage falls back to empty progress (and to memory) instead of breaking.
 * Components read it with `useProgress()`, which loads after hydration (no mismatch)
 * and follows changes made elsewhere on the page or in another tab.
 */
import {useEffect, useState} from 'react';
import {z} from '../core/zod';
import {readStored, writeStored} from './storage';

const READ_KEY = 'onboarding-read';
const RESULTS_KEY = 'practice-results';
const CHANGED = 'kb:progress-changed';

/** Page route → when it was marked read (ISO date-time). */
const readSchema = z.record(z.string(), z.string());
const score = z.number().int().min(0).max(100);
const resultSchema = z.object({last: score, best: score, runs: z.number().int().min(1), at: z.string()});
const resultsSchema = z.record(z.string(), resultSchema);

export type ReadPages = z.infer<typeof readSchema>;
export type PracticeResult = z.infer<typeof resultSchema>;
export type PracticeResults = z.infer<typeof resultsSchema>;

export const loadRead = (): ReadPages => readStored(READ_KEY, readSchema, {});
export const loadResults = (): PracticeResults => readStored(RESULTS_KEY, resultsSchema, {});

function changed() {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGED));
}

/** Returns false when the browser would not store it (kept for this tab only). */
export function setRead(route: string, read: boolean, now: Date = new Date()): boolean {
  const {[route]: _, ...rest} = loadRead();
  const ok = writeStored(READ_KEY, read ? {...rest, [route]: now.toISOString()} : rest);
  changed();
  return ok;
}

/** Records a finished run: the last score, the best so far and how many runs. */
export function recordResult(id: string, value: number, now: Date = new Date()): boolean {
  const all = loadResults();
  const before = all[id];
  const result: PracticeResult = {last: value, best: Math.max(value, before?.best ?? 0), runs: (before?.runs ?? 0) + 1, at: now.toISOString()};
  const ok = writeStored(RESULTS_KEY, {...all, [id]: result});
  changed();
  return ok;
}

export interface Progress {
  read: ReadPages;
  results: PracticeResults;
  /** False until storage has been read in the browser: render neutral states until then. */
  ready: boolean;
}

export function useProgress(): Progress {
  const [state, setState] = useState<Progress>({read: {}, results: {}, ready: false});
  useEffect(() => {
    const load = () => setState({read: loadRead(), results: loadResults(), ready: true});
    load();
    window.addEventListener(CHANGED, load);
    window.addEventListener('storage', load);
    return () => {
      window.removeEventListener(CHANGED, load);
      window.removeEventListener('storage', load);
    };
  }, []);
  return state;
}

/** Forget all progress in this browser (pages read and scores). */
export function resetProgress(): void {
  writeStored(READ_KEY, {});
  writeStored(RESULTS_KEY, {});
  changed();
}
