/**
 * The search page, /search?q=…: a shareable link to a query, all results in one list
 * ranked by score (kinds interleaved, each labelled), phrases and Q&A answers copyable in
 * place. Same engine as the navbar search.
 */
import React, {useState} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {useSearchEngine, wellFormed} from '../../client/search';
import {withHighlight} from '../../client/highlightTerms';
import {withFillIntent} from '../../client/focusFirstField';
import {useSearch} from '../../client/useSearch';
import {MAX_QUERY_CHARS} from '../../search/text';
import {Marked, orderResults} from '../../components/SearchResults';
import {useResultCopy} from '../../components/SearchResults/useResultCopy';
import EmptyState from '../../components/SearchResults/EmptyState';
import {rememberSearch} from '../../components/SearchResults/recent';
import KindBadge from '../../components/SearchResults/KindBadge';
import styles from './styles.module.css';

export default function SearchPage(): React.ReactElement {
  const location = useLocation();
  const history = useHistory();
  const engine = useSearchEngine();
  // The URL is the state: a query can be shared, and back/forward restore it.
  const query = wellFormed(new URLSearchParams(location.search).get('q') ?? '').slice(0, MAX_QUERY_CHARS);
  const setQuery = (q: string) => {
    const clean = wellFormed(q);
    history.replace({pathname: location.pathname, search: clean.trim() ? `?q=${encodeURIComponent(clean)}` : ''});
  };
  const [retry, setRetry] = useState(0);
  const state = useSearch(engine, query, 60, retry);
  const {copy, message} = useResultCopy();

  const results = state.status === 'done' ? orderResults(state.response.results) : [];
  return (
    <Layout title={query ? `搜索：${query}` : '搜索'} description="搜索服务流程、问答手册和话术库">
      <main className="container margin-vert--lg">
        <Heading as="h1">搜索知识库</Heading>
        <form role="search" onSubmit={(e) => e.preventDefault()} className={styles.form}>
          <label htmlFor="kb-search-page-input" className={styles.label}>
            搜索词
          </label>
          <input
            id="kb-search-page-input"
            type="search"
            className={styles.input}
            value={query}
            maxLength={MAX_QUERY_CHARS}
            autoFocus
            autoComplete="off"
            enterKeyHint="search"
            placeholder="客户的原话、关键词、拼音或拼音首字母"
            onChange={(e) => setQuery(e.target.value)}
          />
        </form>
        <p role="status" aria-live="polite" className={styles.status}>
          {message ||
            (state.status === 'loading'
              ? '正在加载索引…'
              : state.status === 'done' && results.length
                ? `找到 ${state.response.total} 条${state.response.partial ? '部分匹配的' : ''}结果${state.response.total > results.length ? `，显示前 ${results.length} 条` : ''}`
                : '')}
        </p>
        {state.status === 'error' && (
          <div role="alert" className={styles.error}>
            {state.message}。
            <button type="button" className="button button--sm button--secondary" onClick={() => setRetry((n) => n + 1)}>
              重试
            </button>
          </div>
        )}
        {(state.status === 'idle' || (state.status === 'done' && !results.length)) && (
          <EmptyState
            engine={engine}
            recent={[]}
            query={state.status === 'done' ? state.response.query : undefined}
            suggestions={state.status === 'done' ? state.response.suggestions : []}
            onQuery={setQuery}
            onPick={(url) => history.push(url)}
          />
        )}
        {results.length > 0 && (
          <section aria-labelledby="search-results" className={styles.group}>
            <Heading as="h2" id="search-results" className="kb-sr-only">
              搜索结果
            </Heading>
            <ol className={styles.list}>
              {results.map((r) => (
                <li key={r.id} className={styles.item} data-type={r.type}>
                  <div className={styles.crumb}>
                    <KindBadge type={r.type} />
                    {r.crumb.join(' › ')}
                  </div>
                  <Link to={withHighlight(r.type === 'phrase' ? withFillIntent(r.url) : r.url, query)} className={styles.title} onClick={() => rememberSearch(query)}>
                    <Marked segments={r.titleSegments} />
                  </Link>
                  <p className={styles.snippet}>
                    <Marked segments={r.snippetSegments} />
                  </p>
                  {(r.phrase || r.type === 'qa') && (
                    <button type="button" className="button button--sm button--outline button--primary" onClick={() => void copy(r)}>
                      {r.type === 'qa' ? `复制“${r.title}”的标准答复` : `复制“${r.title}”`}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          </section>
        )}
      </main>
    </Layout>
  );
}
