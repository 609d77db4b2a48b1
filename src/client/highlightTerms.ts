/**
 * Terms from a search, highlighted on the page the result opened: a result link carries
 * `?hl=<query>`; after the route renders, matching text in the main content is wrapped
 * in <mark data-kb-hit>. Text nodes only: nothing is parsed as HTML.
 */
import type {ClientModule} from '@docusaurus/types';
import {findHits} from '../search/engine';
import {cleanQuery, normalize, tokenize} from '../search/text';
import {existingEngine} from './search';

export const HIGHLIGHT_PARAM = 'hl';

export function withHighlight(url: string, query: string): string {
  const q = cleanQuery(query);
  if (!q) return url;
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}${HIGHLIGHT_PARAM}=${encodeURIComponent(q)}${hash ? `#${hash}` : ''}`;
}

export function highlightIn(root: HTMLElement, query: string): number {
  const engine = existingEngine();
  const norm = (s: string) => (engine ? engine.normalize(s) : normalize(s));
  const words = norm(cleanQuery(query)).split(' ').filter(Boolean);
  const terms = [...new Set(words.flatMap((w) => [w, ...tokenize(w, {query: true})]))].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
  if (!terms.length) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script,style,mark,textarea,input,button,nav') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const hits = findHits(norm(text), terms, false);
    if (!hits.length) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [s, e] of hits) {
      if (s > at) frag.append(text.slice(at, s));
      const mark = document.createElement('mark');
      mark.dataset.kbHit = '';
      mark.textContent = text.slice(s, e);
      frag.append(mark);
      at = e;
      count++;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  return count;
}

const clientModule: ClientModule = {
  onRouteDidUpdate({location}) {
    const q = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
    if (!q || typeof document === 'undefined') return;
    // Wait a frame so the new route's content is in the DOM.
    requestAnimationFrame(() => {
      const root = document.querySelector<HTMLElement>('main article, main .container, main');
      if (!root) return;
      highlightIn(root, q);
      // A page that put the cursor in a field (a phrase opened to fill) keeps it in view.
      const typing = document.activeElement?.matches?.('input, textarea, select');
      if (!location.hash && !typing) document.querySelector('mark[data-kb-hit]')?.scrollIntoView({block: 'center'});
    });
  },
};

export default clientModule;
