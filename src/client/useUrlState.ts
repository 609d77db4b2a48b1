/**
 * State that lives in the query string (filters, the chosen variant), so a link carries
 * it. Read after mount (the static HTML was rendered without a query, so reading it
 * during hydration would mismatch); written with history.replace, which Docusaurus does
 * not scroll on. Location updates that echo our own writes are ignored, so fast typing
 * is never overwritten by a late echo of an earlier keystroke.
 *
 * Nothing in a URL can break the page: an over-long query string is cut, a parser that
 * throws gives the initial state, and a value that cannot be serialised stays in the
 * page without being written to the URL.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';

/** Longer query strings are cut before parsing (no state of ours needs more). */
export const SEARCH_MAX = 2000;

export function safeParse<T>(parse: (search: string) => T, search: string, initial: T): T {
  try {
    return parse(search.length > SEARCH_MAX ? search.slice(0, SEARCH_MAX) : search);
  } catch {
    return initial;
  }
}

export function safeSerialize<T>(serialize: (value: T) => string, value: T): string | null {
  try {
    return serialize(value);
  } catch {
    return null;
  }
}

export function useUrlState<T>(parse: (search: string) => T, serialize: (value: T) => string, initial: T): [T, (next: T) => void, boolean] {
  const location = useLocation();
  const history = useHistory();
  const [state, setState] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const written = useRef<string[]>([]);
  const latest = useRef({parse, serialize, initial, pathname: location.pathname, hash: location.hash});
  latest.current = {parse, serialize, initial, pathname: location.pathname, hash: location.hash};

  useEffect(() => {
    const {parse: p, serialize: s, initial: i} = latest.current;
    const parsed = safeParse(p, location.search, i);
    const echo = safeSerialize(s, parsed);
    if (echo === null || !written.current.includes(echo)) {
      setState(parsed);
      written.current = [];
    }
    setReady(true);
  }, [location.search]);

  const update = useCallback(
    (next: T) => {
      const {serialize: s, pathname, hash} = latest.current;
      setState(next);
      const search = safeSerialize(s, next);
      if (search === null) return;
      written.current = [...written.current.slice(-19), search];
      history.replace({pathname, search, hash});
    },
    [history],
  );
  return [state, update, ready];
}
