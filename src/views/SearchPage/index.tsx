/**
 * The search page, /search?q=…: a shareable link to a query, all results grouped by kind,
 * phrase results copyable in place. Same engine as the navbar search.
 */
import React, {useState} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {useSearchEngine} from '../../client/search';
import {withHighlight} from '../../client/highlightTerms';
import {MAX_QUERY_CHARS} from '../../search/text';
import {DOC_TYPE_LABELS} from '../../search/format';
import {GROUP_ORDER, Marked} from '../../components/SearchResults';
import {useSearch} from '../../components/SearchResults/useSearch';
import {usePhraseCopy} from '../../components/SearchResults/usePhraseCopy';
import EmptyState from '../../components/SearchResults/EmptyState';
import {rememberSearch} from '../../components/SearchResults/recent';
import styles from './styles.module.css';

export default function SearchPage(): React.ReactElement {
  const location = useLocation();
  const history = useHistory();
  const engine = useSearchEngine();
  // The URL is the state: a query can be shared, and back/forward restore it.
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const setQuery = (q: string) =>
    history.replace({pathname: location.pathname, search: q.trim() ? `?q=${encodeURIComponent(q)}` : ''});
  const [retry, setRetry] = useState(0);
  const state = useSearch(engine, query, 60, retry);
  const {copy, message} = usePhraseCopy();

  const results = state.status === 'done' ? state.response.results : [];
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
            搜索索引加载失败（{state.message}）。
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
        {GROUP_ORDER.map((type) => {
          const group = results.filter((r) => r.type === type);
          if (!group.length) return null;
          return (
            <section key={type} aria-labelledby={`group-${type}`} className={styles.group}>
              <Heading as="h2" id={`group-${type}`}>
                {DOC_TYPE_LABELS[type]}（{group.length}）
              </Heading>
              <ol className={styles.list}>
                {group.map((r) => (
                  <li key={r.id} className={styles.item}>
                    <div className={styles.crumb}>{r.crumb.join(' › ')}</div>
                    <Link to={withHighlight(r.url, query)} className={styles.title} onClick={() => rememberSearch(query)}>
                      <Marked segments={r.titleSegments} />
                    </Link>
                    <p className={styles.snippet}>
                      <Marked segments={r.snippetSegments} />
                    </p>
                    {r.phrase && (
                      <button type="button" className="button button--sm button--outline button--primary" onClick={() => void copy(r)}>
                        复制“{r.title}”
                      </button>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
