/**
 * State that lives in the query string (filters, the chosen variant), so a link carries
 * it. Read after mount (the static HTML was rendered without a query, so reading it
 * during hydration would mismatch); written with history.replace, which Docusaurus does
 * not scroll on. Location updates that echo our own writes are ignored, so fast typing
 * is never overwritten by a late echo of an earlier keystroke.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';

export function useUrlState<T>(parse: (search: string) => T, serialize: (value: T) => string, initial: T): [T, (next: T) => void, boolean] {
  const location = useLocation();
  const history = useHistory();
  const [state, setState] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const written = useRef<string[]>([]);
  const latest = useRef({parse, serialize, pathname: location.pathname, hash: location.hash});
  latest.current = {parse, serialize, pathname: location.pathname, hash: location.hash};

  useEffect(() => {
    const {parse: p, serialize: s} = latest.current;
    const parsed = p(location.search);
    if (!written.current.includes(s(parsed))) {
      setState(parsed);
      written.current = [];
    }
    setReady(true);
  }, [location.search]);

  const update = useCallback(
    (next: T) => {
      const {serialize: s, pathname, hash} = latest.current;
      setState(next);
      const search = s(next);
      written.current = [...written.current.slice(-19), search];
      history.replace({pathname, search, hash});
    },
    [history],
  );
  return [state, update, ready];
}
