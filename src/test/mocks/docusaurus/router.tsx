/**
 * Test double for @docusaurus/router: location and history backed by jsdom's
 * window.location / window.history. Tests set the URL with window.history.replaceState
 * before rendering; components that call history.replace/push re-render.
 */
import {useSyncExternalStore} from 'react';

type Loc = {pathname: string; search: string; hash: string; state: unknown};
const listeners = new Set<() => void>();
let snapshot: Loc | null = null;

function read(): Loc {
  const {pathname, search, hash} = window.location;
  if (!snapshot || snapshot.pathname !== pathname || snapshot.search !== search || snapshot.hash !== hash) {
    snapshot = {pathname, search, hash, state: window.history.state};
  }
  return snapshot;
}

function subscribe(l: () => void) {
  listeners.add(l);
  window.addEventListener('popstate', l);
  return () => {
    listeners.delete(l);
    window.removeEventListener('popstate', l);
  };
}

type To = string | {pathname?: string; search?: string; hash?: string};
function href(to: To): string {
  if (typeof to === 'string') return to;
  const l = window.location;
  const search = to.search === undefined ? l.search : to.search ? (to.search.startsWith('?') ? to.search : `?${to.search}`) : '';
  const hash = to.hash === undefined ? '' : to.hash;
  return `${to.pathname ?? l.pathname}${search}${hash}`;
}

function go(kind: 'push' | 'replace', to: To) {
  window.history[kind === 'push' ? 'pushState' : 'replaceState'](null, '', href(to));
  listeners.forEach((l) => l());
}

const history = {
  push: (to: To) => go('push', to),
  replace: (to: To) => go('replace', to),
  goBack: () => window.history.back(),
  listen: (l: () => void) => subscribe(l),
  get location() {
    return read();
  },
};

export function useLocation(): Loc {
  return useSyncExternalStore(subscribe, read, read);
}

export function useHistory() {
  return history;
}

export function matchPath(): null {
  return null;
}

export function Redirect(): null {
  return null;
}
