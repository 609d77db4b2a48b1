/**
 * The one way pages run the site's search: the navbar dialog, /search, the workbench and
 * /phrases all query the same `SearchEngine` (pinyin, Traditional, synonyms, one ranking).
 * `useSearch` runs a query as the agent types and drops stale answers; `usePhraseSearch`
 * narrows the same results to phrases, in the engine's order, for pages that apply their
 * own filters on top.
 */
import {useEffect, useMemo, useRef, useState} from 'react';
import {flushSync} from 'react-dom';
import type {SearchEngine, SearchResponse} from '../search/engine';
import {useSearchEngine} from './search';

export type SearchState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'error'; message: string}
  | {status: 'done'; response: SearchResponse};

/** What the agent reads when the index cannot be loaded: Chinese, whatever the browser said. */
export function searchErrorMessage(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  const status = /HTTP (\d{3})/.exec(raw)?.[1];
  if (status) return `搜索索引加载失败：服务器暂时出错（${status}）`;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return '搜索索引加载失败：网络已断开，索引还没有存到本机';
  return '搜索索引加载失败：网络不稳定';
}

export function useSearch(engine: SearchEngine, query: string, limit: number, retryKey = 0): SearchState {
  const [state, setState] = useState<SearchState>({status: 'idle'});
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    if (!query.trim()) {
      setState({status: 'idle'});
      return;
    }
    setState((s) => (s.status === 'done' ? s : {status: 'loading'}));
    engine.search(query, {limit}).then(
      // Rendered at once, not on the scheduler's next task: the answer shows in the keystroke's frame.
      (response) => mine === seq.current && flushSync(() => setState({status: 'done', response})),
      (e: unknown) => mine === seq.current && setState({status: 'error', message: searchErrorMessage(e)}),
    );
  }, [engine, query, limit, retryKey]);
  return state;
}

/** How many results of all kinds a phrase-only box asks the engine for (phrases are then kept). */
export const PHRASE_SEARCH_LIMIT = 80;

export interface PhraseSearch {
  /** Phrase urls in the engine's order; null while there is no answer for the current query. */
  urls: string[] | null;
  /** The query the urls answer. */
  answered: string;
  status: SearchState['status'];
  error?: string;
  retry: () => void;
}

/** The site's search restricted to phrases; the caller maps urls to its own phrase list and filters on top. */
export function usePhraseSearch(query: string, limit = PHRASE_SEARCH_LIMIT): PhraseSearch {
  const engine = useSearchEngine();
  const [retryKey, setRetryKey] = useState(0);
  const state = useSearch(engine, query, limit, retryKey);
  return useMemo(() => {
    const retry = () => setRetryKey((n) => n + 1);
    if (state.status !== 'done') {
      return {urls: null, answered: '', status: state.status, retry, ...(state.status === 'error' ? {error: state.message} : {})};
    }
    const urls = state.response.results.filter((r) => r.type === 'phrase').map((r) => r.url);
    return {urls, answered: state.response.query, status: state.status, retry};
  }, [state]);
}

/** Order `items` as the engine ranked their urls; items the engine did not return are dropped. */
export function inEngineOrder<T extends {url: string}>(items: readonly T[], urls: readonly string[]): T[] {
  const byUrl = new Map(items.map((p) => [p.url, p]));
  return urls.map((u) => byUrl.get(u)).filter((p): p is T => p !== undefined);
}
