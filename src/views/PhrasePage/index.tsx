/**
 * /phrases/<id>: one phrase with every version. The chosen version lives in the URL
 * (`?tone=亲切&channel=在线聊天`), so a team lead can send "use this one" as a link.
 */
import React, {useEffect, useRef, useState} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import type {PhraseView} from '../../core/views';
import {KB_ROUTES} from '../../core/views';
import {chooseVariant, phraseLink, selectionFor, selectionFromQuery, variantLabel, withParams, type Selection} from '../../client/phraseState';
import {copyText} from '../../client/clipboard';
import {useFavourites} from '../../client/profile';
import {useKb} from '../../client/useKb';
import {useUrlState} from '../../client/useUrlState';
import {focusFirstField, hasFillIntent} from '../../client/focusFirstField';
import Picker, {initialSelection} from '../../components/PhrasePicker/Picker';
import PhraseText from '../../components/PhraseText';
import {readableNote} from '../../components/Policy/note';
import EntryMeta from '../../components/EntryMeta';
import type {EntryMetaData} from '../../core/entryMeta';
import styles from './styles.module.css';

type Props = {phrase: PhraseView & {meta: EntryMetaData}};

export default function PhrasePage({phrase}: Props): React.ReactElement {
  const {stages, categories, scenarios, policies} = useKb();
  const favourites = useFavourites();
  const fav = favourites.has(phrase.id);
  const [selection, setSelection] = useUrlState<Required<Selection>>(
    (search) => initialSelection(phrase, selectionFromQuery(search)),
    (sel) => withParams('', {tone: sel.tone, channel: sel.channel}),
    initialSelection(phrase),
  );
  const [linkStatus, setLinkStatus] = useState('');
  // Opened to be filled (from the search, `?fill=1`): the cursor goes to the first empty field.
  // After the route has settled, so the theme's own focus handling on navigation does not win.
  const fillRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!hasFillIntent(window.location.search)) return;
    focusFirstField(fillRef.current);
    const timer = setTimeout(() => {
      if (!fillRef.current?.contains(document.activeElement)) focusFirstField(fillRef.current);
    }, 50);
    return () => clearTimeout(timer);
  }, []);
  const current = chooseVariant(phrase, selection);
  const stage = stages.find((s) => s.id === phrase.stage);
  const category = categories.find((c) => c.id === phrase.category);
  const scenario = scenarios.find((s) => s.id === phrase.scenario);

  async function copyLink() {
    const url = `${window.location.origin}${phraseLink(phrase, selection)}`;
    try {
      await copyText(url);
      setLinkStatus('链接已复制：对方打开就是这个版本');
    } catch {
      setLinkStatus(`复制失败，请手动复制：${url}`);
    }
  }

  return (
    <Layout title={`${phrase.title} · 话术库`} description={phrase.variants[0]?.text}>
      <main className={`container margin-vert--md ${styles.page}`}>
        <nav aria-label="面包屑" className={styles.crumbs}>
          <Link to={KB_ROUTES.phrases}>话术库</Link>
          {stage && (
            <>
              {' / '}
              <Link to={`${KB_ROUTES.phrases}?stage=${stage.id}`}>{stage.name}</Link>
            </>
          )}
        </nav>
        <div className={styles.titleRow}>
          <Heading as="h1" className={styles.h1}>
            {phrase.title}
          </Heading>
          <button type="button" className={clsx(styles.star, fav && styles.starOn)} aria-pressed={fav} aria-label={`收藏“${phrase.title}”`} onClick={() => favourites.toggle(phrase.id)}>
            <span aria-hidden="true">{fav ? '★' : '☆'}</span> {fav ? '已收藏' : '收藏'}
          </button>
        </div>
        <dl className={styles.meta}>
          {stage && (
            <div>
              <dt>环节</dt>
              <dd>
                <Link to={stage.doc}>{stage.name}</Link>
              </dd>
            </div>
          )}
          {category && (
            <div>
              <dt>分类</dt>
              <dd>
                <Link to={KB_ROUTES.qaCategory(category.id)}>{category.name}</Link>
              </dd>
            </div>
          )}
          {scenario && (
            <div>
              <dt>场景</dt>
              <dd>{scenario.name}</dd>
            </div>
          )}
          {phrase.tags.length > 0 && (
            <div>
              <dt>标签</dt>
              <dd className={styles.tags}>
                {phrase.tags.map((t) => (
                  <Link key={t} to={`${KB_ROUTES.phrases}?tag=${encodeURIComponent(t)}`}>
                    #{t}
                  </Link>
                ))}
              </dd>
            </div>
          )}
          {phrase.policies.length > 0 && (
            <div>
              <dt>引用政策</dt>
              <dd>
                {phrase.policies.map((id) => (
                  <span key={id} className={styles.policy} title={policies[id]?.note ? readableNote(policies[id].note, policies) : undefined}>
                    {policies[id]?.label ?? id}：{policies[id]?.display}
                  </span>
                ))}
              </dd>
            </div>
          )}
        </dl>

        <section ref={fillRef} aria-labelledby="fill" className={styles.fill}>
          <Heading as="h2" id="fill" className={styles.h2}>
            填写并复制
          </Heading>
          <Picker
            phrase={phrase}
            selection={selection}
            onSelectionChange={setSelection}
            bare
            actions={() => (
              <button type="button" className="button button--sm button--secondary" onClick={() => void copyLink()}>
                复制这个版本的链接
              </button>
            )}
          />
          <p role="status" aria-live="polite" className={styles.linkStatus}>
            {linkStatus}
          </p>
        </section>

        <section aria-labelledby="versions">
          <Heading as="h2" id="versions" className={styles.h2}>
            {/* One string: the heading's anchor link is named after it, not after the id. */}
            {`全部版本（${phrase.variants.length}）`}
          </Heading>
          <ol className={styles.versions}>
            {phrase.variants.map((v, i) => (
              <li key={i} className={clsx(styles.version, i === current && styles.current)} aria-current={i === current ? 'true' : undefined}>
                <div className={styles.versionHead}>
                  <span className={styles.badge}>{variantLabel(v)}</span>
                  {i === current ? (
                    <span className={styles.currentLabel}>正在使用</span>
                  ) : (
                    <button
                      type="button"
                      className={styles.use}
                      onClick={() => {
                        setSelection(selectionFor(phrase, v, selection));
                        document.getElementById('fill')?.scrollIntoView?.({block: 'start'});
                      }}>
                      用这个版本<span className="kb-sr-only">：{variantLabel(v)}</span>
                    </button>
                  )}
                </div>
                <p className={styles.versionText}>
                  <PhraseText text={v.text} placeholders={phrase.placeholders} />
                </p>
              </li>
            ))}
          </ol>
        </section>
        <EntryMeta meta={phrase.meta} />
      </main>
    </Layout>
  );
}
