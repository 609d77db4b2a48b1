/**
 * /workbench: the page an agent keeps open on shift. The search box has focus on load;
 * ↓ or Enter opens a phrase and puts the cursor in its first field; Enter there copies.
 * Favourites are pinned, recent copies listed, and the compose tray joins greeting +
 * answer + closing with the placeholders filled once. Esc goes back to the search box.
 */
import React, {useEffect, useMemo, useRef, useState} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import {KB_ROUTES, type PhraseView} from '../../core/views';
import type {Values} from '../../client/fill';
import {chooseVariant, variantLabel, withParams, type Selection} from '../../client/phraseState';
import {prefsStore, recentsStore, useFavourites, useStore, type RecentCopy} from '../../client/profile';
import {useKb} from '../../client/useKb';
import {useUrlState} from '../../client/useUrlState';
import {inEngineOrder, usePhraseSearch} from '../../client/useSearch';
import {searchPageUrl, wellFormed} from '../../client/search';
import {cleanQuery, MAX_QUERY_CHARS} from '../../search/text';
import Picker from '../../components/PhrasePicker/Picker';
import ComposeTray from '../../components/ComposeTray';
import {focusFirstEmpty} from '../../components/ReplyFiller';
import {ProfileDisclosure} from '../../components/ProfilePanel';
import StorageNotice from '../../components/StorageNotice';
import PhraseText from '../../components/PhraseText';
import styles from './styles.module.css';

type Props = {phrases: PhraseView[]};

const RESULT_LIMIT = 40;

export function timeAgo(at: number, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 60) return '刚刚';
  if (s < 3600) return `${Math.floor(s / 60)} 分钟前`;
  if (s < 86400) return `${Math.floor(s / 3600)} 小时前`;
  const d = new Date(at);
  return `${d.getMonth() + 1} 月 ${d.getDate()} 日`;
}

/** The site search's phrase results, in its order, with favourites pinned on top (ranking kept inside each group). */
export function workbenchResults(phrases: readonly PhraseView[], urls: readonly string[], favourites: readonly string[]): PhraseView[] {
  const found = inEngineOrder(phrases, urls);
  const fav = new Set(favourites);
  return [...found.filter((p) => fav.has(p.id)), ...found.filter((p) => !fav.has(p.id))];
}

function focusIn(root: HTMLElement | null, selector: string) {
  root?.querySelector<HTMLElement>(selector)?.focus();
}

export default function Workbench({phrases}: Props): React.ReactElement {
  const {stages} = useKb();
  const favourites = useFavourites();
  const [recents] = useStore(recentsStore);
  const [prefs, setPrefs] = useStore(prefsStore);
  const [query, setQuery] = useState('');
  // The phrase open in the picker is in the URL (/workbench?id=…), so other pages can link to it.
  const [currentId, setCurrentId] = useUrlState<string | null>((search) => new URLSearchParams(search).get('id'), (id) => withParams('', {id}), null);
  const [values, setValues] = useState<Values>({});
  const [body, setBody] = useState<string[]>([]);
  const [focusPicker, setFocusPicker] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);

  const byId = useMemo(() => new Map(phrases.map((p) => [p.id, p])), [phrases]);
  const selection: Required<Selection> = {tone: prefs.tone ?? '亲切', channel: prefs.channel ?? '在线聊天'};
  const current = currentId ? byId.get(currentId) : undefined;
  // The same engine as Ctrl+K (pinyin, Traditional, synonyms), restricted to phrases.
  const found = usePhraseSearch(query);
  const searching = cleanQuery(query) !== '';
  const answered = searching && found.urls !== null && found.answered === cleanQuery(query);
  const results = useMemo(
    () => (searching && found.urls ? workbenchResults(phrases, found.urls, favourites.ids).slice(0, RESULT_LIMIT) : []),
    [phrases, searching, found.urls, favourites.ids],
  );
  // Enter pressed before the answer arrived opens the first result as soon as it does.
  const pendingEnter = useRef(false);
  const favPhrases = favourites.ids.map((id) => byId.get(id)).filter((p): p is PhraseView => Boolean(p));
  const recentItems = recents.filter((r) => byId.has(r.id));

  // The search box has focus when the page opens.
  useEffect(() => {
    searchRef.current?.focus();
  }, []);

  // After choosing a phrase: the cursor goes to its first empty field, or to 复制.
  useEffect(() => {
    if (!focusPicker) return;
    focusFirstEmpty(pickerRef.current);
  }, [focusPicker]);

  const open = (id: string, sel?: Partial<Selection>) => {
    setCurrentId(id);
    if (sel?.tone || sel?.channel) setPrefs((p) => ({...p, ...sel}));
    setFocusPicker((n) => n + 1);
  };
  useEffect(() => {
    if (!pendingEnter.current || !answered) return;
    pendingEnter.current = false;
    // Reacts to the engine's reply (an external event) to an Enter the agent already pressed.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (results[0]) open(results[0].id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the answer arrives
  }, [answered, results]);
  const addToTray = (id: string) => setBody((b) => (b.includes(id) ? b : [...b, id]));

  const onListKey = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-result]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowUp' && at === 0) searchRef.current?.focus();
    else items[Math.min(items.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  const row = (p: PhraseView, extra?: React.ReactNode, sel?: Partial<Selection>) => {
    const variant = p.variants[chooseVariant(p, {...selection, ...sel})]!;
    const fav = favourites.has(p.id);
    return (
      <li key={`${p.id}-${sel?.tone ?? ''}-${sel?.channel ?? ''}`} className={clsx(styles.result, current?.id === p.id && styles.active)}>
        <button type="button" className={styles.resultMain} data-result="" aria-current={current?.id === p.id ? 'true' : undefined} onClick={() => open(p.id, sel)}>
          <span className={styles.resultTitle}>
            {p.title}
            {extra}
          </span>
          <span className={styles.snippet}>
            <PhraseText text={variant.text} placeholders={p.placeholders} />
          </span>
        </button>
        <span className={styles.resultButtons}>
          <button type="button" className={clsx(styles.iconButton, fav && styles.starOn)} aria-pressed={fav} aria-label={`收藏“${p.title}”`} onClick={() => favourites.toggle(p.id)}>
            <span aria-hidden="true">{fav ? '★' : '☆'}</span>
          </button>
          <button type="button" className={styles.iconButton} aria-label={`加入组合：${p.title}`} title="加入组合" disabled={body.includes(p.id)} onClick={() => addToTray(p.id)}>
            <span aria-hidden="true">＋</span>
          </button>
        </span>
      </li>
    );
  };

  return (
    <Layout title="工作台" description="值班用：搜索话术、填写信息、一键复制，组合开场、正文和结束语">
      <main
        className={styles.bench}
        onKeyDown={(e) => {
          const t = e.target as HTMLElement;
          if (e.key === 'Escape' && t !== searchRef.current && t.tagName !== 'SELECT') {
            searchRef.current?.focus();
            searchRef.current?.select();
          }
        }}>
        <div className={styles.top}>
          <Heading as="h1" className={styles.h1}>
            工作台
          </Heading>
          <div className={styles.searchBox} role="search">
            <label htmlFor="wb-search" className={styles.searchLabel}>
              找话术
            </label>
            <input
              ref={searchRef}
              id="wb-search"
              type="search"
              className={styles.search}
              value={query}
              autoComplete="off"
              enterKeyHint="go"
              maxLength={MAX_QUERY_CHARS}
              placeholder="客户的原话、关键词或拼音，例如：包裹一直没到、退款、yanwu"
              aria-describedby="wb-search-help"
              onChange={(e) => {
                setQuery(wellFormed(e.target.value));
                pendingEnter.current = false;
              }}
              onKeyDown={(e) => {
                // An Enter that commits a pinyin composition is not a command.
                if (e.nativeEvent.isComposing || e.keyCode === 229) return;
                if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  focusIn(listRef.current, '[data-result]');
                } else if (e.key === 'Enter') {
                  e.preventDefault();
                  if (searching && !answered) pendingEnter.current = true;
                  else {
                    const first = results[0] ?? (searching ? undefined : favPhrases[0]);
                    if (first) open(first.id);
                  }
                } else if (e.key === 'Escape' && query) {
                  e.preventDefault();
                  setQuery('');
                }
              }}
            />
            <span id="wb-search-help" className={styles.help}>
              Enter 打开第一条，↓ 逐条选择，Esc 回到这里
            </span>
          </div>
          <ProfileDisclosure />
        </div>
        <StorageNotice />

        <div className={styles.cols}>
          <div className={styles.left} ref={listRef} onKeyDown={onListKey}>
            {searching ? (
              <section aria-labelledby="wb-results" aria-busy={!answered && found.status !== 'error'}>
                <h2 id="wb-results" className={styles.h2}>
                  搜索结果 <span className={styles.count}>{answered ? `${results.length} 条` : found.status === 'error' ? '' : '搜索中…'}</span>
                </h2>
                {found.status === 'error' ? (
                  <p className={styles.empty} role="alert">
                    {found.error}。
                    <button type="button" className="button button--sm button--link" onClick={found.retry}>
                      重试
                    </button>
                  </p>
                ) : results.length ? (
                  <ul className={styles.results}>{results.map((p) => row(p, favourites.has(p.id) ? <span className={styles.pin}>收藏</span> : null))}</ul>
                ) : answered ? (
                  <p className={styles.empty}>
                    没有找到“{cleanQuery(query)}”相关的话术。换个说法试试，或到<Link to={searchPageUrl(query)}>全站搜索</Link>、
                    <Link to={KB_ROUTES.qa}>问答手册</Link>里找。
                  </p>
                ) : null}
              </section>
            ) : (
              <>
                <section aria-labelledby="wb-fav">
                  <h2 id="wb-fav" className={styles.h2}>
                    收藏 <span className={styles.count}>{favPhrases.length} 条</span>
                  </h2>
                  {favPhrases.length ? (
                    <ul className={styles.results}>{favPhrases.map((p) => row(p))}</ul>
                  ) : (
                    <p className={styles.empty}>点话术旁的 ☆ 收藏，常用的就会固定在这里。</p>
                  )}
                </section>
                <section aria-labelledby="wb-recent">
                  <h2 id="wb-recent" className={styles.h2}>
                    最近复制
                  </h2>
                  {recentItems.length ? (
                    <ul className={styles.results}>
                      {recentItems.map((r: RecentCopy) =>
                        row(
                          byId.get(r.id)!,
                          <span className={styles.recentMeta}>
                            {variantLabel(r)} · {timeAgo(r.at)}
                          </span>,
                          {tone: r.tone, channel: r.channel},
                        ),
                      )}
                    </ul>
                  ) : (
                    <p className={styles.empty}>复制过的话术会列在这里。</p>
                  )}
                </section>
                <section aria-labelledby="wb-all">
                  <h2 id="wb-all" className={styles.h2}>
                    按环节浏览
                  </h2>
                  {stages.map((s) => {
                    const inStage = phrases.filter((p) => p.stage === s.id);
                    if (!inStage.length) return null;
                    return (
                      <details key={s.id} className={styles.stage}>
                        <summary>
                          {s.name} <span className={styles.count}>{inStage.length} 条</span>
                        </summary>
                        <ul className={styles.results}>{inStage.map((p) => row(p))}</ul>
                      </details>
                    );
                  })}
                </section>
              </>
            )}
          </div>

          <div className={styles.right}>
            <div className={styles.toolbar}>
              <button type="button" className={`button button--sm button--secondary ${styles.btn}`} onClick={() => setValues({})} disabled={!Object.values(values).some(Boolean)}>
                换客户：清空已填信息
              </button>
            </div>
            <div ref={pickerRef} data-workbench-picker="">
              {current ? (
                <Picker
                  key={current.id}
                  phrase={current}
                  headingLevel={2}
                  selection={selection}
                  onSelectionChange={(s) => setPrefs((p) => ({...p, ...s}))}
                  values={values}
                  onValuesChange={setValues}
                  actions={() => (
                    <button type="button" className="button button--sm button--secondary" disabled={body.includes(current.id)} onClick={() => addToTray(current.id)}>
                      {body.includes(current.id) ? '已在组合中' : '加入组合'}
                    </button>
                  )}
                />
              ) : (
                <div className={styles.placeholder}>
                  <h2 className={styles.h2}>从列表里选一条话术</h2>
                  <p>输入关键词后按 Enter，或用 ↓ 选择。选中后光标会跳到要填写的第一项，填好按 Enter 就复制。</p>
                </div>
              )}
            </div>
            <ComposeTray phrases={phrases} body={body} onBodyChange={setBody} selection={selection} values={values} onValuesChange={setValues} />
          </div>
        </div>
      </main>
    </Layout>
  );
}
