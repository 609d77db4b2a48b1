import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import type {Category} from '../../core/schema';
import {KB_ROUTES, type QaView} from '../../core/views';
import styles from './styles.module.css';

type Props = {
  data: {
    category: Category;
    entries: QaView[];
    phraseTitles: Record<string, string>;
    builtOn: string;
  };
};

function Entry({q, phraseTitles, builtOn}: {q: QaView; phraseTitles: Record<string, string>; builtOn: string}) {
  const due = q.reviewDue < builtOn;
  // Plain elements are not registered for the broken-anchor check; links to #<id> are valid.
  useBrokenLinks().collectAnchor(q.id);
  return (
    <article id={q.id} className={styles.entry} data-entry-id={q.id} aria-labelledby={`${q.id}-q`}>
      <Heading as="h2" id={`${q.id}-q`} className={styles.question}>
        {q.question}
      </Heading>
      {q.alternates.length > 0 && (
        <p className={styles.muted}>
          <span className={styles.label}>客户也会问：</span>
          {q.alternates.join(' / ')}
        </p>
      )}
      <div className={styles.answer}>
        <span className={styles.label}>标准答复</span>
        <p>{q.answer}</p>
      </div>
      {q.conditions.length > 0 && (
        <>
          <Heading as="h3" id={`${q.id}-conditions`}>适用条件</Heading>
          <ul>{q.conditions.map((c) => <li key={c}>{c}</li>)}</ul>
        </>
      )}
      {q.steps.length > 0 && (
        <>
          <Heading as="h3" id={`${q.id}-steps`}>处理步骤</Heading>
          <ol>{q.steps.map((s) => <li key={s}>{s}</li>)}</ol>
        </>
      )}
      <p className={styles.escalate} role="note">
        <strong>何时升级：</strong>
        {q.escalate}
      </p>
      <dl className={styles.meta}>
        {q.policyFacts.length > 0 && (
          <div>
            <dt>依据政策</dt>
            <dd>
              {q.policyFacts.map((p) => (
                <span key={p.id} className={styles.chip} title={p.id}>
                  {p.label}
                  {p.display && `：${p.display}`}
                </span>
              ))}
            </dd>
          </div>
        )}
        {q.phrases.length > 0 && (
          <div>
            <dt>相关话术</dt>
            <dd>
              {q.phrases.map((id) => (
                <Link key={id} className={styles.chip} to={KB_ROUTES.phrase(id)}>
                  {phraseTitles[id] ?? id}
                </Link>
              ))}
            </dd>
          </div>
        )}
        <div>
          <dt>负责人</dt>
          <dd>{q.owner}</dd>
        </div>
        <div>
          <dt>最近复核</dt>
          <dd>
            {q.reviewed}
            {due ? <span className={styles.due}>（已到复核期，请谨慎使用）</span> : `（下次复核 ${q.reviewDue}）`}
          </dd>
        </div>
        {q.tags.length > 0 && (
          <div>
            <dt>标签</dt>
            <dd>{q.tags.join('、')}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}

export default function QaCategory({data}: Props): React.ReactElement {
  const {category, entries} = data;
  return (
    <Layout title={`${category.name} · 问答手册`} description={category.description}>
      <main className="container margin-vert--lg">
        <nav aria-label="面包屑" className={styles.muted}>
          <Link to={KB_ROUTES.qa}>问答手册</Link> / {category.group}
        </nav>
        <Heading as="h1">{category.name}</Heading>
        <p>
          {category.description} 共 {entries.length} 条。
        </p>
        <nav aria-label="本页问题" className={styles.toc}>
          <ol>
            {entries.map((q) => (
              <li key={q.id}>
                <a href={`#${q.id}`}>{q.question}</a>
              </li>
            ))}
          </ol>
        </nav>
        {entries.map((q) => (
          <Entry key={q.id} q={q} phraseTitles={data.phraseTitles} builtOn={data.builtOn} />
        ))}
      </main>
    </Layout>
  );
}
