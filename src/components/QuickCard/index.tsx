/**
 * The printable quick-reference card (速查卡): `<QuickCard>` holds the card and prints it
 * alone on one A4 page; `<CardFlow />` draws the five SOP steps from the taxonomy;
 * `<CardBlock title>` is one boxed section of Markdown.
 */
import React from 'react';
import clsx from 'clsx';
import {useKb} from '../../client/useKb';
import styles from './styles.module.css';

export function QuickCard({title, children}: {title: string; children: React.ReactNode}): React.ReactElement {
  return (
    <div className={styles.card} data-quick-card>
      <div className={styles.head}>
        <p className={styles.title}>{title}</p>
        <button type="button" className={clsx('button button--primary button--sm', styles.print)} onClick={() => window.print()}>
          打印速查卡
        </button>
      </div>
      <div className={styles.body}>{children}</div>
    </div>
  );
}

/** The five steps with their one-line goals, straight from data/taxonomy.yaml. */
export function CardFlow({tips}: {tips: string[]}): React.ReactElement {
  const stages = useKb().stages;
  return (
    <ol className={styles.flow} aria-label="服务五步">
      {stages.map((s, i) => (
        <li key={s.id} className={styles.step}>
          <span className={styles.stepName}>
            <span className={styles.stepNo}>{i + 1}</span>
            {s.name}
          </span>
          <span className={styles.stepTip}>{tips[i] ?? s.goal}</span>
        </li>
      ))}
    </ol>
  );
}

export function CardBlock({title, wide = false, children}: {title: string; wide?: boolean; children: React.ReactNode}): React.ReactElement {
  return (
    <section className={clsx(styles.block, wide && styles.wide)}>
      <p className={styles.blockTitle}>{title}</p>
      {children}
    </section>
  );
}
