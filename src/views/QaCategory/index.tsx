/**
 * /qa/<category>: the category's index, one line per question linking to the entry's own
 * page. Old links to `/qa/<category>#<id>` land on the list item with that id and are
 * forwarded to the entry page.
 */
import React, {useEffect} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useHistory, useLocation} from '@docusaurus/router';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import type {Category} from '../../core/schema';
import {KB_ROUTES, type QaView} from '../../core/views';
import qa from '../qa.module.css';
import styles from './styles.module.css';

type Props = {
  data: {
    category: Category;
    entries: QaView[];
    phraseTitles: Record<string, string>;
    builtOn: string;
  };
};

/** The entry an old `#<id>` anchor names, if any. */
export function entryForHash(hash: string, entries: readonly Pick<QaView, 'id' | 'url'>[]): string | undefined {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed escape is not an entry id
  }
  return entries.find((q) => q.id === id)?.url;
}

function Item({q, builtOn}: {q: QaView; builtOn: string}) {
  // The list item keeps the entry's id, so #<id> links stay valid for the broken-anchor check.
  useBrokenLinks().collectAnchor(q.id);
  const due = q.reviewDue < builtOn;
  return (
    <li id={q.id} data-entry-id={q.id} className={styles.item}>
      <Link to={q.url} className={styles.itemLink}>
        {q.question}
      </Link>
      {q.alternates.length > 0 && <span className={styles.alternates}>也问：{q.alternates.slice(0, 3).join(' / ')}</span>}
      {due && <span className={clsx(qa.due, styles.dueTag)}>已到复核期</span>}
    </li>
  );
}

export default function QaCategory({data}: Props): React.ReactElement {
  const {category, entries} = data;
  const location = useLocation();
  const history = useHistory();
  const forward = entryForHash(location.hash, entries);
  useEffect(() => {
    if (forward) history.replace(forward);
  }, [forward, history]);
  return (
    <Layout title={`${category.name} · 问答手册`} description={category.description}>
      <main className="container margin-vert--lg">
        <nav aria-label="面包屑" className={qa.muted}>
          <Link to={KB_ROUTES.qa}>问答手册</Link> / {category.group}
        </nav>
        <Heading as="h1">{category.name}</Heading>
        <p>
          {category.description} 共 {entries.length} 条，点问题打开标准答复、处理步骤和相关话术。
        </p>
        <ol className={styles.list} aria-label={`${category.name}的问题`}>
          {entries.map((q) => (
            <Item key={q.id} q={q} builtOn={data.builtOn} />
          ))}
        </ol>
      </main>
    </Layout>
  );
}
