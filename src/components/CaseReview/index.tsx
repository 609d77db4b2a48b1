/**
 * The case-review format (案例复盘) for MDX pages under docs/onboarding/cases:
 * `<CaseSummary>` (good or bad case, who, what, how it ended), then `<CaseChat>` with one
 * `<CaseLine>` per message; an agent line may carry a verdict, a note naming the
 * principle and the better reply.
 */
import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useKb} from '../../client/useKb';
import styles from './styles.module.css';

export function CaseSummary({
  verdict,
  profile,
  stage,
  topic,
  outcome,
}: {
  verdict: 'good' | 'bad';
  profile: string;
  /** SOP stage id (reception, identify, handle, confirm, close). */
  stage: string;
  topic: string;
  outcome: string;
}): React.ReactElement {
  const s = useKb().stages.find((x) => x.id === stage);
  if (!s) throw new Error(`<CaseSummary stage="${stage}"> 不是已有的环节 id`);
  return (
    <div className={clsx(styles.summary, verdict === 'good' ? styles.good : styles.bad)}>
      <p className={styles.verdict}>{verdict === 'good' ? '✓ 好案例：值得照着做' : '✗ 反面案例：别这样做'}</p>
      <dl className={styles.facts}>
        <div>
          <dt>客户</dt>
          <dd>{profile}</dd>
        </div>
        <div>
          <dt>问题</dt>
          <dd>{topic}</dd>
        </div>
        <div>
          <dt>关键环节</dt>
          <dd>
            <Link to={s.doc}>{s.name}</Link>
          </dd>
        </div>
        <div>
          <dt>结果</dt>
          <dd>{outcome}</dd>
        </div>
      </dl>
    </div>
  );
}

export function CaseChat({children}: {children: React.ReactNode}): React.ReactElement {
  return (
    <ol className={styles.chat} aria-label="对话还原">
      {children}
    </ol>
  );
}

export function CaseLine({
  who,
  time,
  mark,
  note,
  better,
  children,
}: {
  who: 'customer' | 'agent';
  time?: string;
  mark?: 'good' | 'bad';
  /** Why it worked or failed, naming the principle: “模板化共情：……”. */
  note?: React.ReactNode;
  /** The reply that would have served (for bad lines). */
  better?: React.ReactNode;
  children: React.ReactNode;
}): React.ReactElement {
  return (
    <li className={styles.line}>
      <div className={clsx('kb-bubble', who === 'agent' ? 'kb-bubble-agent' : 'kb-bubble-customer')} data-mark={mark}>
        <span className="kb-bubble-who">
          {who === 'agent' ? '客服' : '客户'}
          {time ? ` · ${time}` : ''}
        </span>
        {children}
      </div>
      {(note || better) && (
        <div className={clsx(styles.note, mark === 'good' ? styles.noteGood : mark === 'bad' ? styles.noteBad : undefined)}>
          {note && (
            <p>
              <strong>{mark === 'good' ? '✓ 做得好：' : mark === 'bad' ? '✗ 问题：' : '批注：'}</strong>
              {note}
            </p>
          )}
          {better && (
            <p>
              <strong>更好的回复：</strong>
              {better}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
