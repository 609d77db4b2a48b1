/**
 * The browser's search engine: one per index, created on first use. The index is fetched
 * lazily (on first focus of the search, or when the browser is idle after load), with
 * one retry per file; pages never wait for it.
 */
import {LONE_SURROGATE} from '../core/safeText';
import {usePluginData} from '@docusaurus/useGlobalData';
import {SearchEngine, primeLoops} from '../search/engine';
import {isWarmUpBundle} from '../search/format';
import type {SearchGlobalData} from '../plugins/kb-search/write';

const engines = new Map<string, SearchEngine>();

/**
 * A file of the index, with one retry. Fetch Priority: a query's own files are 'high', the
 * background warm-up's bundles 'low', so a keystroke's requests are not queued behind them.
 */
async function fetchBody<T>(url: string, read: (res: Response) => Promise<T>, priority: RequestPriority): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // Browsers without Fetch Priority ignore it.
      const res = await fetch(url, {priority});
      if (res.ok) return await read(res);
      last = new Error(`HTTP ${res.status}`);
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw last instanceof Error ? last : new Error(String(last));
}

export function engineFor(base: string): SearchEngine {
  let engine = engines.get(base);
  if (!engine) {
    const priority = (name: string): RequestPriority => (isWarmUpBundle(name) ? 'low' : 'high');
    engine = new SearchEngine({
      text: (name) => fetchBody(base + name, (r) => r.text(), priority(name)),
      bytes: (name) => fetchBody(base + name, async (r) => new Uint8Array(await r.arrayBuffer()), priority(name)),
    });
    engines.set(base, engine);
  }
  return engine;
}

export function useSearchEngine(): SearchEngine {
  const {base} = usePluginData('kb-search') as SearchGlobalData;
  return engineFor(base);
}

/** The engine of the current page if it was already created (for on-page highlighting). */
export const existingEngine = (): SearchEngine | undefined => engines.values().next().value;

/** Run `fn` when the browser has nothing better to do (within a few seconds); returns a cancel. */
export function whenIdle(fn: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(fn, {timeout: 4000});
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 2000);
  return () => clearTimeout(id);
}

/**
 * Fetch the index's meta file when the browser has nothing better to do, then, in a later idle
 * callback, run the engine's loops once over made-up data (primeLoops: no index, no network).
 */
export const warmUpWhenIdle = (engine: SearchEngine): (() => void) => {
  let cancel = whenIdle(() => {
    void engine.load().catch(() => {});
    cancel = whenIdle(() => primeLoops());
  });
  return () => cancel();
};

/** The most a page downloads in the background to make search fully local (raw bytes). */
export const WARM_UP_MAX_BYTES = 16 * 1024 * 1024;

const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof window !== 'undefined' && 'requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), {timeout: 1500});
    else setTimeout(resolve, 50);
  });

/**
 * Resolves after the next frame is painted (a frame, then a task): what this frame shows is on
 * screen first. A hidden tab paints no frames: a timer resolves it there (the agent may switch
 * to the chat window right after copying a reply).
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 200);
    if (typeof requestAnimationFrame !== 'undefined') requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });

/**
 * After the agent's first search: fetch the rest of the index in the background. It starts once
 * the results are painted (its requests are not made in the task that shows them) but not in an
 * idle callback, which may come only 50 ms or more later; parsing ahead uses idle time.
 */
export const warmUpInBackground = (engine: SearchEngine) => afterPaint().then(() => engine.warmUp(WARM_UP_MAX_BYTES, idle));


/**
 * Text from a search box made safe to keep, put in a URL or hand to the engine: lone UTF-16
 * surrogate halves (a broken paste, a half-typed emoji) are dropped, so `encodeURIComponent`
 * can never throw "URI malformed"; control characters become spaces.
 */
export function wellFormed(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return String(text ?? '').replace(LONE_SURROGATE, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

/** `/search?q=…` for a query, whatever was typed. */
export const searchPageUrl = (query: string) => {
  const q = wellFormed(query).trim();
  return q ? `/search?q=${encodeURIComponent(q)}` : '/search';
};
