/**
 * The navbar search. Ctrl/Cmd+K or / opens it from anywhere; ↑ ↓ move through the
 * results, Enter opens one, Ctrl+Enter copies a phrase result, Esc closes and focus goes
 * back where it was. The index loads on first focus or when the browser is idle.
 */
import React, {useCallback, useEffect, useId, useMemo, useRef, useState} from 'react';
import {createPortal} from 'react-dom';
import {useHistory} from '@docusaurus/router';
import type {SearchResult} from '../../search/engine';
import {MAX_QUERY_CHARS} from '../../search/text';
import {useSearchEngine, warmUpInBackground, warmUpWhenIdle} from '../../client/search';
import SearchResults, {optionId, orderResults} from '../../components/SearchResults';
import {useSearch} from '../../components/SearchResults/useSearch';
import {usePhraseCopy} from '../../components/SearchResults/usePhraseCopy';
import {readRecentSearches, rememberSearch} from '../../components/SearchResults/recent';
import EmptyState from '../../components/SearchResults/EmptyState';
import {withHighlight} from '../../client/highlightTerms';
import styles from './styles.module.css';

const isTyping = (el: Element | null) =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

export default function SearchBar(): React.ReactElement {
  const engine = useSearchEngine();
  const history = useHistory();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [retry, setRetry] = useState(0);
  const [recent, setRecent] = useState<string[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const id = useId().replace(/:/g, '');
  const state = useSearch(engine, open ? query : '', 12, retry);
  const {copy, message, setMessage} = usePhraseCopy();
  const results = useMemo(() => (state.status === 'done' ? orderResults(state.response.results) : []), [state]);

  const [local, setLocal] = useState(false);
  useEffect(() => warmUpWhenIdle(engine), [engine]);
  const searched = state.status === 'done';
  useEffect(() => {
    // Once search is in use, the rest of the index follows in the background.
    if (!searched) return;
    let live = true;
    void warmUpInBackground(engine).then((ok) => live && setLocal(ok));
    return () => {
      live = false;
    };
  }, [engine, searched]);

  const show = useCallback(() => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setRecent(readRecentSearches());
    setMessage('');
    setOpen(true);
    void engine.load().catch(() => {});
  }, [engine, setMessage]);

  const hide = useCallback(() => {
    setOpen(false);
    const target = returnFocus.current;
    returnFocus.current = null;
    setTimeout(() => target?.focus?.(), 0);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (open) hide();
        else show();
      } else if (e.key === '/' && !open && !isTyping(document.activeElement)) {
        e.preventDefault();
        show();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, show, hide]);

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);
  useEffect(() => {
    document.getElementById(results[active] ? optionId(id, results[active]!) : '')?.scrollIntoView?.({block: 'nearest'});
  }, [active, id, results]);

  const pick = (r: SearchResult) => {
    setRecent(rememberSearch(query));
    setOpen(false);
    returnFocus.current = null;
    history.push(withHighlight(r.url, query));
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const r = results[active];
      if (!r) return;
      e.preventDefault();
      if ((e.ctrlKey || e.metaKey) && r.type === 'phrase') {
        void copy(r).then((ok) => ok && setRecent(rememberSearch(query)));
      } else pick(r);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      hide();
    }
  };

  const activeResult = results[active];
  const dialog = open ? (
    <div className={styles.backdrop} onMouseDown={(e) => e.target === e.currentTarget && hide()}>
      <div role="dialog" aria-modal="true" aria-label="搜索知识库" className={styles.dialog}>
        <div className={styles.inputRow}>
          <label htmlFor={`${id}-input`} className={styles.srOnly}>
            搜索问答、话术和服务流程
          </label>
          <input
            ref={inputRef}
            id={`${id}-input`}
            className={styles.input}
            type="search"
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls={`${id}-listbox`}
            aria-autocomplete="list"
            aria-activedescendant={activeResult ? optionId(id, activeResult) : undefined}
            aria-describedby={`${id}-help`}
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_QUERY_CHARS}
            placeholder="输入客户的原话、关键词或拼音，如：退货、钱什么时候退、tuihuo"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <button type="button" className={styles.close} onClick={hide} aria-label="关闭搜索">
            Esc
          </button>
        </div>
        <p id={`${id}-help`} className={styles.help}>
          ↑ ↓ 选择，Enter 打开，话术按 Ctrl+Enter 直接复制
        </p>
        <div className={styles.body} data-kb-query={state.status === 'done' ? state.response.query : undefined} data-kb-index={local ? 'local' : 'remote'}>
          {state.status === 'error' && (
            <div role="alert" className={styles.error}>
              搜索索引加载失败（{state.message}）。网络恢复后
              <button type="button" className="button button--sm button--link" onClick={() => setRetry((n) => n + 1)}>
                重试
              </button>
              ，也可以从导航进入问答手册和话术库。
            </div>
          )}
          {state.status === 'idle' && (
            <EmptyState
              engine={engine}
              recent={recent}
              onQuery={setQuery}
              onPick={(url) => {
                setOpen(false);
                history.push(url);
              }}
            />
          )}
          {state.status === 'done' && state.response.partial && results.length > 0 && (
            <p className={styles.notice}>没有同时包含所有词的结果，以下为部分匹配。</p>
          )}
          {state.status === 'done' && results.length === 0 && (
            <EmptyState
              engine={engine}
              recent={[]}
              query={state.response.query}
              suggestions={state.response.suggestions}
              onQuery={setQuery}
              onPick={(url) => {
                setOpen(false);
                history.push(url);
              }}
            />
          )}
          {results.length > 0 && (
            <SearchResults
              idPrefix={id}
              label="搜索结果"
              results={results}
              active={active}
              onHover={setActive}
              onPick={pick}
              onCopy={(r) => void copy(r)}
            />
          )}
        </div>
        <div className={styles.footer}>
          <span role="status" aria-live="polite" className={styles.status}>
            {message ||
              (state.status === 'done'
                ? state.response.total
                  ? `找到 ${state.response.total} 条，显示前 ${results.length} 条`
                  : ''
                : state.status === 'loading'
                  ? '正在加载索引…'
                  : '')}
          </span>
          {local && <span className={styles.local}>索引已全部加载，断网也能搜</span>}
          {query.trim() && (
            <a
              href={`/search?q=${encodeURIComponent(query.trim())}`}
              onClick={(e) => {
                e.preventDefault();
                setOpen(false);
                history.push(`/search?q=${encodeURIComponent(query.trim())}`);
              }}>
              在搜索页查看全部
            </a>
          )}
        </div>
      </div>
    </div>
  ) : null;

  return (
    <>
      <button type="button" className={styles.trigger} onClick={show} onFocus={() => void engine.load().catch(() => {})} aria-keyshortcuts="Control+K Meta+K /" aria-haspopup="dialog">
        <svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M14.4 12.9l4.3 4.3-1.5 1.5-4.3-4.3a7.5 7.5 0 1 1 1.5-1.5zM8.5 14a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11z" fill="currentColor" />
        </svg>
        <span className={styles.triggerText}>搜索</span>
        <kbd className={styles.kbd}>Ctrl K</kbd>
      </button>
      {dialog && createPortal(dialog, document.body)}
    </>
  );
}
