/**
 * /phrases: every phrase, filtered by stage, category, tag, tone and channel plus an
 * instant text filter. All of it lives in the URL (`/phrases?stage=handle&tone=亲切&q=物流`),
 * so a filtered list or an opened phrase can be sent as a link.
 */
import React, {useId, useMemo} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {CHANNELS, TONES} from '../../core/schema';
import {KB_ROUTES, type PhraseView} from '../../core/views';
import {
  EMPTY_FILTERS,
  filterPhrases,
  filtersFromQuery,
  filtersToQuery,
  hasActiveFilters,
  tagsIn,
  type LibraryFilters,
} from '../../client/phraseState';
import {useFavourites} from '../../client/profile';
import {useKb} from '../../client/useKb';
import {useUrlState} from '../../client/useUrlState';
import {inEngineOrder, usePhraseSearch} from '../../client/useSearch';
import {wellFormed} from '../../client/search';
import {cleanQuery, MAX_QUERY_CHARS} from '../../search/text';
import {ProfileDisclosure} from '../../components/ProfilePanel';
import StorageNotice from '../../components/StorageNotice';
import PhraseCard from './PhraseCard';
import styles from './styles.module.css';

type Props = {phrases: PhraseView[]};

function Select({label, value, options, onChange, allLabel = '全部'}: {label: string; value: string | undefined; options: readonly (readonly [string, string])[]; onChange: (v: string | undefined) => void; allLabel?: string}) {
  const id = useId();
  return (
    <div className={styles.select}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)} data-filter={label}>
        <option value="">{allLabel}</option>
        {options.map(([v, name]) => (
          <option key={v} value={v}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function PhraseLibrary({phrases}: Props): React.ReactElement {
  const {stages, categories} = useKb();
  const favourites = useFavourites();
  const [filters, setFilters] = useUrlState<LibraryFilters>(filtersFromQuery, filtersToQuery, EMPTY_FILTERS);
  const set = (patch: Partial<LibraryFilters>) => setFilters({...filters, ...patch});

  const names = useMemo(
    () => ({
      stages: Object.fromEntries(stages.map((s) => [s.id, s.name])),
      categories: Object.fromEntries(categories.map((c) => [c.id, c.name])),
    }),
    [stages, categories],
  );
  const tags = useMemo(() => tagsIn(phrases), [phrases]);
  // The text goes to the site's search engine (pinyin, Traditional, synonyms; phrases only);
  // stage, category, tag, tone, channel and favourites are applied on top of its ranking.
  const searching = cleanQuery(filters.q) !== '';
  const found = usePhraseSearch(filters.q);
  const answered = searching && found.urls !== null && found.answered === cleanQuery(filters.q);
  const kept = useMemo(() => filterPhrases(phrases, filters, {favourites: favourites.ids}), [phrases, filters, favourites.ids]);
  const shown = useMemo(() => (searching ? inEngineOrder(kept, found.urls ?? []) : kept), [kept, searching, found.urls]);
  const pending = searching && !answered && found.status !== 'error';
  const usedCategories = categories.filter((c) => phrases.some((p) => p.category === c.id));

  const card = (p: PhraseView, level: 2 | 3) => (
    <PhraseCard
      key={p.id}
      phrase={p}
      filters={filters}
      headingLevel={level}
      open={filters.open === p.id}
      onToggle={() => set({open: filters.open === p.id ? undefined : p.id})}
      onTag={(tag) => set({tag, open: undefined})}
      categoryName={p.category ? names.categories[p.category] : undefined}
    />
  );

  return (
    <Layout title="话术库" description="按环节、分类、语气和渠道整理的标准话术，填好信息一键复制">
      <main className={`container margin-vert--md ${styles.page}`}>
        <div className={styles.header}>
          <div>
            <Heading as="h1" className={styles.h1}>
              话术库
            </Heading>
            <p className={styles.lead}>
              {phrases.length} 条标准话术。选好语气和渠道，填上订单号等信息，按“复制”即可发送；值班时用
              <Link to={KB_ROUTES.workbench}>工作台</Link>更快。
            </p>
          </div>
          <ProfileDisclosure />
        </div>
        <StorageNotice />

        <form role="search" aria-label="筛选话术" className={styles.filters} onSubmit={(e) => e.preventDefault()}>
          <div className={styles.searchRow}>
            <label htmlFor="phrase-q" className={styles.searchLabel}>
              搜索话术
            </label>
            <input
              id="phrase-q"
              type="search"
              className={styles.search}
              value={filters.q}
              placeholder="客户的原话、关键词或拼音，例如：包裹还没到、wuliu"
              autoComplete="off"
              enterKeyHint="search"
              maxLength={MAX_QUERY_CHARS}
              onChange={(e) => set({q: wellFormed(e.target.value), open: undefined})}
            />
          </div>
          <div className={styles.selects}>
            <Select label="环节" value={filters.stage} options={stages.map((s) => [s.id, s.name] as const)} onChange={(stage) => set({stage, open: undefined})} />
            <Select label="分类" value={filters.category} options={usedCategories.map((c) => [c.id, c.name] as const)} onChange={(category) => set({category, open: undefined})} />
            <Select label="标签" value={filters.tag} options={tags.map((t) => [t, t] as const)} onChange={(tag) => set({tag, open: undefined})} />
            <Select label="语气" value={filters.tone} options={TONES.map((t) => [t, t] as const)} onChange={(tone) => set({tone: tone as LibraryFilters['tone']})} allLabel="任意" />
            <Select label="渠道" value={filters.channel} options={CHANNELS.map((c) => [c, c] as const)} onChange={(channel) => set({channel: channel as LibraryFilters['channel']})} allLabel="任意" />
            <label className={styles.check}>
              <input type="checkbox" checked={filters.favourites} onChange={(e) => set({favourites: e.target.checked, open: undefined})} />
              只看收藏（{favourites.ids.length}）
            </label>
            {hasActiveFilters(filters) && (
              <button type="button" className={`button button--sm button--secondary ${styles.btn} ${styles.clear}`} onClick={() => setFilters(EMPTY_FILTERS)}>
                清除筛选
              </button>
            )}
          </div>
        </form>

        <p className={styles.count} role="status" aria-live="polite">
          {pending ? '正在搜索…' : hasActiveFilters(filters) ? `找到 ${shown.length} 条（共 ${phrases.length} 条）` : `共 ${phrases.length} 条`}
        </p>

        {searching && found.status === 'error' ? (
          <div className={styles.empty} role="alert">
            <p>
              {found.error}。
              <button type="button" className={styles.inlineButton} onClick={found.retry}>
                重试
              </button>
            </p>
          </div>
        ) : pending && shown.length === 0 ? null : shown.length === 0 ? (
          <div className={styles.empty}>
            <p>没有符合条件的话术。</p>
            <p>
              试试换个说法，或<button type="button" className={styles.inlineButton} onClick={() => setFilters(EMPTY_FILTERS)}>清除筛选</button>。
              常见问题的标准答复在<Link to={KB_ROUTES.qa}>问答手册</Link>里。
            </p>
          </div>
        ) : searching ? (
          <ol className={styles.list} aria-label="搜索结果">
            {shown.map((p) => (
              <li key={p.id}>{card(p, 2)}</li>
            ))}
          </ol>
        ) : (
          stages.map((s) => {
            const inStage = shown.filter((p) => p.stage === s.id);
            if (!inStage.length) return null;
            return (
              <section key={s.id} aria-labelledby={`stage-${s.id}`} className={styles.group}>
                <div className={styles.groupHead}>
                  {/* A plain h2: Heading's anchor link would be named after the id (English). */}
                  <h2 id={`stage-${s.id}`} className={styles.h2}>
                    {s.name}
                    <span className={styles.groupCount}>{inStage.length} 条</span>
                  </h2>
                  <Link to={s.doc} className={styles.sop}>
                    {s.name}环节的服务流程
                  </Link>
                </div>
                <ol className={styles.list}>
                  {inStage.map((p) => (
                    <li key={p.id}>{card(p, 3)}</li>
                  ))}
                </ol>
              </section>
            );
          })
        )}
      </main>
    </Layout>
  );
}
