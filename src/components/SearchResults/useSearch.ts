/** Runs queries as the agent types; stale answers are dropped, load failures reported. */
import {useEffect, useRef, useState} from 'react';
import type {SearchEngine, SearchResponse} from '../../search/engine';

export type SearchState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'error'; message: string}
  | {status: 'done'; response: SearchResponse};

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
      (response) => mine === seq.current && setState({status: 'done', response}),
      (e: unknown) =>
        mine === seq.current &&
        setState({status: 'error', message: e instanceof Error ? e.message : String(e)}),
    );
  }, [engine, query, limit, retryKey]);
  return state;
}
