/**
 * The navbar search. Ctrl/Cmd+K or / opens it from anywhere; ↑ ↓ move through the
 * results (ranked by score, kinds interleaved), Enter opens one, Ctrl+Enter copies a
 * phrase (filled from the profile) or a Q&A entry's standard answer. The dialog keeps
 * focus (Tab and Shift+Tab cycle inside it); Esc from anywhere in it closes it and focus
 * goes back to where it was. An Enter that commits an input-method composition only
 * commits it. The index loads on first focus or when the browser is idle.
 */
import React, {useCallback, useEffect, useId, useMemo, useRef, useState} from 'react';
import {createPortal} from 'react-dom';
import {useHistory} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {SearchResult} from '../../search/engine';
import {MAX_QUERY_CHARS} from '../../search/text';
import {searchPageUrl, useSearchEngine, warmUpInBackground, warmUpWhenIdle, whenIdle, wellFormed} from '../../client/search';
import {useSearch} from '../../client/useSearch';
import {withFillIntent} from '../../client/focusFirstField';
import SearchResults, {optionId, orderResults} from '../../components/SearchResults';
import {isCopyable, useResultCopy} from '../../components/SearchResults/useResultCopy';
import {readRecentSearches, rememberSearch} from '../../components/SearchResults/recent';
import EmptyState from '../../components/SearchResults/EmptyState';
import {withHighlight} from '../../client/highlightTerms';
import styles from './styles.module.css';

const isTyping = (el: Element | null) =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

/** True while an input method is composing: its Enter commits the composition, nothing else. */
export const isComposing = (e: React.KeyboardEvent | KeyboardEvent) => {
  const native = 'nativeEvent' in e ? e.nativeEvent : e;
  return native.isComposing || native.keyCode === 229;
};

/**
 * Results in the dialog: a screen shows five or six; the search page lists them all. Each
 * one's document is a request on a first query. Six instead of eight (one round of requests
 * on HTTP/1.1's six connections) measured no faster, so the agent keeps eight.
 */
export const DIALOG_RESULTS = 8;

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keep Tab and Shift+Tab inside `root`: from the last focusable element to the first and back. */
export function trapTab(e: React.KeyboardEvent, root: HTMLElement | null): void {
  if (e.key !== 'Tab' || !root) return;
  const items = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.hidden && el.getAttribute('aria-hidden') !== 'true');
  if (!items.length) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const at = document.activeElement;
  if (e.shiftKey && (at === first || !root.contains(at))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (at === last || !root.contains(at))) {
    e.preventDefault();
    first.focus();
  }
}

/** The shortcut as this device writes it; none on touch screens, which have no keyboard to press it on. */
function useShortcutLabel(): string | null {
  // The static HTML says "Ctrl K"; after hydration the browser tells what it is (asked once, not per keystroke).
  const browser = useIsBrowser();
  return useMemo(() => {
    if (!browser) return 'Ctrl K';
    if (window.matchMedia?.('(hover: none) and (pointer: coarse)').matches) return null;
    return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? '⌘ K' : 'Ctrl K';
  }, [browser]);
}

export default function SearchBar(): React.ReactElement {
  const engine = useSearchEngine();
  const history = useHistory();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [retry, setRetry] = useState(0);
  const [recent, setRecent] = useState<string[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const id = useId().replace(/:/g, '');
  const state = useSearch(engine, open ? query : '', DIALOG_RESULTS, retry);
  const {copy, message, setMessage} = useResultCopy();
  const results = useMemo(() => (state.status === 'done' ? orderResults(state.response.results) : []), [state]);
  const shortcut = useShortcutLabel();

  const [local, setLocal] = useState(false);
  useEffect(() => warmUpWhenIdle(engine), [engine]);
  // The dialog is rendered hidden once the page is idle: opening it then only shows it (its
  // layout and the fonts of its text are done), instead of building it while the agent waits.
  const [mounted, setMounted] = useState(false);
  useEffect(() => whenIdle(() => setMounted(true)), []);
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

  // Focus goes back to where it was when the dialog closes (see the effect below).
  const hide = useCallback(() => setOpen(false), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isComposing(e)) return;
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
    if (!open) return;
    inputRef.current?.focus();
    // Focus that leaves the dialog some other way (a click on the page behind) comes back to the box.
    const onFocusIn = (e: FocusEvent) => {
      if (dialogRef.current && e.target instanceof Node && !dialogRef.current.contains(e.target)) inputRef.current?.focus();
    };
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      // Closed: back to what had focus before, in the same commit, once the box no longer
      // claims it. Opening a result clears the target first: the new page places focus.
      const target = returnFocus.current;
      returnFocus.current = null;
      target?.focus?.();
    };
  }, [open]);
  // Scrolling forces a layout: only when the agent has moved through the list or scrolled it,
  // not on every keystroke's new results (they start at the top anyway).
  const scrolled = useRef(false);
  useEffect(() => {
    if (active === 0 && !scrolled.current) return;
    document.getElementById(results[active] ? optionId(id, results[active]!) : '')?.scrollIntoView?.({block: 'nearest'});
  }, [active, id, results]);

  const go = (url: string) => {
    setOpen(false);
    returnFocus.current = null;
    history.push(url);
  };

  const pick = (r: SearchResult) => {
    setRecent(rememberSearch(query));
    // A phrase opens ready to fill: the page puts the cursor in its first empty field.
    go(withHighlight(r.type === 'phrase' ? withFillIntent(r.url) : r.url, query));
  };
  // Stable handlers for the memoised list, calling this render's pick and copy.
  const handlers = useRef({pick, copy});
  useEffect(() => {
    handlers.current = {pick, copy};
  });
  const onPick = useCallback((r: SearchResult) => handlers.current.pick(r), []);
  const onCopy = useCallback((r: SearchResult) => void handlers.current.copy(r), []);

  const onInputKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(e)) return;
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
      if ((e.ctrlKey || e.metaKey) && isCopyable(r)) {
        void copy(r).then((outcome) => outcome === 'copied' && setRecent(rememberSearch(query)));
      } else pick(r);
    }
  };

  const onDialogKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (isComposing(e)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      hide();
    } else trapTab(e, dialogRef.current);
  };

  const activeResult = results[active];
  const dialog = open || mounted ? (
    <div
      className={styles.backdrop}
      // Closed: laid out but transparent, out of the accessibility tree, unfocusable and unclickable.
      // Opacity, not visibility: showing it then changes no layout (a visibility change made the
      // browser lay the whole dialog out again, 5–13 ms, on every opening).
      style={open ? undefined : {opacity: 0, pointerEvents: 'none'}}
      aria-hidden={open ? undefined : true}
      inert={!open}
      onMouseDown={(e) => e.target === e.currentTarget && hide()}>
      <div ref={dialogRef} role="dialog" aria-modal="true" aria-label="搜索知识库" className={styles.dialog} onKeyDown={onDialogKeyDown}>
        <div className={styles.inputRow}>
          <label htmlFor={`${id}-input`} className="kb-sr-only">
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
            enterKeyHint="search"
            maxLength={MAX_QUERY_CHARS}
            placeholder="输入客户的原话、关键词或拼音，如：退货、钱什么时候退、tuihuo"
            value={query}
            onChange={(e) => {
              const next = wellFormed(e.target.value);
              engine.prefetch(next);
              setQuery(next);
              setActive(0);
            }}
            onKeyDown={onInputKeyDown}
          />
          <button type="button" className={styles.close} onClick={hide}>
            关闭{shortcut && <kbd className={styles.closeKey}>Esc</kbd>}
          </button>
        </div>
        <p id={`${id}-help`} className={styles.help}>
          ↑ ↓ 选择，Enter 打开，Ctrl+Enter 直接复制话术或问答的标准答复
        </p>
        {/* Scrollable by keyboard too (the options are reached with ↑ ↓ from the box, not by Tab). */}
        <div className={styles.body} tabIndex={0} onScroll={(e) => (scrolled.current = e.currentTarget.scrollTop > 0)} data-kb-query={state.status === 'done' ? state.response.query : undefined} data-kb-index={local ? 'local' : 'remote'}>
          {state.status === 'error' && (
            <div role="alert" className={styles.error}>
              {state.message}。
              <button type="button" className="button button--sm button--link" onClick={() => setRetry((n) => n + 1)}>
                重试
              </button>
              ，也可以从导航进入问答手册和话术库。
            </div>
          )}
          {state.status === 'idle' && <EmptyState engine={engine} recent={recent} onQuery={setQuery} onPick={go} />}
          {state.status === 'done' && state.response.partial && results.length > 0 && (
            <p className={styles.notice}>没有同时包含所有词的结果，以下为部分匹配。</p>
          )}
          {state.status === 'done' && results.length === 0 && (
            <EmptyState engine={engine} recent={[]} query={state.response.query} suggestions={state.response.suggestions} onQuery={setQuery} onPick={go} />
          )}
          {results.length > 0 && (
            <SearchResults idPrefix={id} label="搜索结果" results={results} active={active} onHover={setActive} onPick={onPick} onCopy={onCopy} />
          )}
        </div>
        <div className={styles.footer}>
          <span role="status" aria-live="polite" className={styles.status} data-copy-status={message.startsWith('已复制') ? 'copied' : undefined}>
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
              href={searchPageUrl(query)}
              onClick={(e) => {
                e.preventDefault();
                go(searchPageUrl(query));
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
      {/* Named by what it shows ("搜索知识库 Ctrl K"; "搜索" on a phone), so speech input can say what it sees. */}
      <button
        type="button"
        className={styles.trigger}
        onClick={show}
        onFocus={() => void engine.load().catch(() => {})}
        aria-keyshortcuts="Control+K Meta+K /"
        aria-haspopup="dialog">
        <svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M14.4 12.9l4.3 4.3-1.5 1.5-4.3-4.3a7.5 7.5 0 1 1 1.5-1.5zM8.5 14a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11z" fill="currentColor" />
        </svg>
        <span className={styles.triggerText}>
          搜索<span className={styles.triggerMore}>知识库</span>
        </span>
        {shortcut && <kbd className={styles.kbd}>{shortcut}</kbd>}
      </button>
      {dialog && createPortal(dialog, document.body)}
    </>
  );
}
