/**
 * /qa/<category>/<id>: one Q&A entry on its own page. The standard answer (policy values
 * already rendered at build time) has a copy button; the phrases the entry links are
 * pickable inline with the shared Picker; conditions, steps, escalation, owner and review
 * date follow. `EntryExtras` is the slot for the edit/report links and the legal basis.
 */
import React, {useState} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import {KB_ROUTES, type QaEntryData} from '../../core/views';
import {copyText} from '../../client/clipboard';
import Picker from '../../components/PhrasePicker/Picker';
import qa from '../qa.module.css';
import EntryExtras from './EntryExtras';
import styles from './styles.module.css';

/** Customer phrasings shown above the answer; the rest (long messages among them) fold away, so the answer stays in view. */
const ALTERNATES_INLINE = 4;

type Props = {data: QaEntryData};

export function CopyAnswer({text, label = '复制标准答复'}: {text: string; label?: string}): React.ReactElement {
  const [status, setStatus] = useState<{ok: boolean; text: string} | null>(null);
  return (
    <div className={styles.copyRow}>
      <button
        type="button"
        className="button button--primary"
        data-action="copy-answer"
        onClick={() =>
          void copyText(text).then(
            () => setStatus({ok: true, text: '已复制标准答复，可以直接粘贴给客户'}),
            () => setStatus({ok: false, text: '复制失败：浏览器不允许写入剪贴板，请选中上面的文字手动复制'}),
          )
        }>
        {label}
      </button>
      <span role="status" aria-live="polite" className={clsx(styles.status, status && !status.ok && styles.statusError)}>
        {status?.text ?? ''}
      </span>
    </div>
  );
}

/** A titled part of the page: an h2 the section is labelled by. */
function Section({id, title, className, children}: {id: string; title: React.ReactNode; className?: string; children: React.ReactNode}) {
  return (
    <section aria-labelledby={id} className={className}>
      <Heading as="h2" id={id} className={styles.h2}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** A titled list (conditions, steps); nothing when the entry has none. */
function ListSection({id, title, items, ordered = false}: {id: string; title: string; items: readonly string[]; ordered?: boolean}) {
  if (!items.length) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <Section id={id} title={title}>
      <List>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </List>
    </Section>
  );
}

/** One term and its value in the entry's details. */
function MetaRow({term, children}: {term: string; children: React.ReactNode}) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default function QaEntry({data}: Props): React.ReactElement {
  const {category, entry: q, phrases, siblings, builtOn} = data;
  const due = q.reviewDue < builtOn;
  const at = siblings.findIndex((s) => s.id === q.id);
  const prev = at > 0 ? siblings[at - 1] : undefined;
  const next = at >= 0 && at < siblings.length - 1 ? siblings[at + 1] : undefined;
  return (
    <Layout title={`${q.question} · ${category.name}`} description={q.answer}>
      <main className={`container margin-vert--md ${styles.page}`} data-qa-entry={q.id}>
        <nav aria-label="面包屑" className={styles.crumbs}>
          <Link to={KB_ROUTES.qa}>问答手册</Link>
          {' / '}
          <Link to={KB_ROUTES.qaCategory(category.id)}>{category.name}</Link>
        </nav>
        <Heading as="h1" className={styles.h1}>
          {q.question}
        </Heading>
        {q.alternates.length > 0 && (
          <div className={qa.muted}>
            <p className={styles.alternates}>
              <span className={qa.label}>客户也会问：</span>
              {q.alternates.slice(0, ALTERNATES_INLINE).join(' / ')}
            </p>
            {q.alternates.length > ALTERNATES_INLINE && (
              <details className={styles.moreAlternates}>
                <summary>还有 {q.alternates.length - ALTERNATES_INLINE} 种问法</summary>
                <ul>
                  {q.alternates.slice(ALTERNATES_INLINE).map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}

        <section aria-labelledby="answer" className={styles.answer}>
          <Heading as="h2" id="answer" className={styles.answerLabel}>
            标准答复
          </Heading>
          <p className={styles.answerText} data-answer="">
            {q.answer}
          </p>
          <CopyAnswer text={q.answer} />
        </section>

        <ListSection id="conditions" title="适用条件" items={q.conditions} />
        <ListSection id="steps" title="处理步骤" items={q.steps} ordered />
        <p className={styles.escalate} role="note">
          <strong>何时升级：</strong>
          {q.escalate}
        </p>

        {phrases.length > 0 && (
          <Section id="phrases" title={<>相关话术（{phrases.length}）</>} className={styles.phrases}>
            <p className={qa.muted}>选好语气和渠道，填上信息就能复制。</p>
            {phrases.map((p) => (
              <Picker key={p.id} phrase={p} headingLevel={3} />
            ))}
          </Section>
        )}

        <dl className={styles.meta}>
          {q.policyFacts.length > 0 && (
            <MetaRow term="引用的政策">
              {q.policyFacts.map((p) => (
                <span key={p.id} className={styles.chip} title={p.id}>
                  {p.label}
                  {p.display && `：${p.display}`}
                </span>
              ))}
            </MetaRow>
          )}
          <MetaRow term="负责人">{q.owner}</MetaRow>
          <MetaRow term="最近复核">
            {q.reviewed}
            {due ? <span className={qa.due}>（已到复核期，请谨慎使用）</span> : `（下次复核 ${q.reviewDue}）`}
          </MetaRow>
          {q.tags.length > 0 && <MetaRow term="标签">{q.tags.join('、')}</MetaRow>}
        </dl>

        <EntryExtras entry={q} category={category} meta={data.meta} />

        <nav aria-label="同分类的其他问题" className={styles.pager}>
          {prev ? (
            <Link to={prev.url} className={styles.pagerLink}>
              <span className={styles.pagerHint}>上一条</span>
              {prev.question}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link to={next.url} className={clsx(styles.pagerLink, styles.pagerNext)}>
              <span className={styles.pagerHint}>下一条</span>
              {next.question}
            </Link>
          )}
        </nav>
      </main>
    </Layout>
  );
}
