/**
 * 负面词汇转化 practice: the before/after pairs from data/wording-pairs.yaml, and a box
 * where the agent rewrites a sentence (or pastes their own draft) and sees 不能 / 不可以 /
 * 没办法 marked as they type.
 */
import React, {useId, useState} from 'react';
import clsx from 'clsx';
import {wordingPairs} from '../../client/generated';
import type {WordingPair} from '../../core/schema';
import {findNegatives, negativeSummary, splitByNegatives} from './negatives';
import styles from './styles.module.css';

export function Marked({text}: {text: string}): React.ReactElement {
  return (
    <>
      {splitByNegatives(text).map((part, i) =>
        part.hit ? (
          <mark key={i} className={styles.hit}>
            {part.text}
          </mark>
        ) : (
          <React.Fragment key={i}>{part.text}</React.Fragment>
        ),
      )}
    </>
  );
}

export default function WordingTrainer({pairs = wordingPairs}: {pairs?: WordingPair[]}): React.ReactElement {
  const uid = useId();
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState('');
  const [revealed, setRevealed] = useState(false);
  const pair = pairs[index % Math.max(pairs.length, 1)];
  const hits = findNegatives(draft);
  const summary = negativeSummary(draft);

  const go = (by: number) => {
    setIndex((i) => (i + by + pairs.length) % pairs.length);
    setDraft('');
    setRevealed(false);
  };

  return (
    <div className={clsx('kb-card kb-card--doc', styles.trainer)} role="group" aria-labelledby={`${uid}-title`} data-widget="WordingTrainer">
      <p id={`${uid}-title`} className={styles.title}>
        负面词汇转化练习
      </p>
      {pair && (
        <div className={styles.task}>
          <span className={styles.step}>
            第 {index + 1} / {pairs.length} 句
          </span>
          <p className={styles.before}>
            <span className={styles.tagBefore}>原话</span>
            <Marked text={pair.before} />
          </p>
        </div>
      )}
      <label htmlFor={`${uid}-draft`} className={styles.label}>
        你的改写<span className={styles.labelHint}>（也可以粘贴自己要发的话，检查里面的否定说法）</span>
      </label>
      <textarea
        id={`${uid}-draft`}
        className={clsx(styles.textarea, hits.length > 0 && styles.flagged)}
        value={draft}
        rows={3}
        placeholder="把“不能做什么”换成“可以怎么做”"
        aria-describedby={`${uid}-result`}
        onChange={(e) => setDraft(e.target.value)}
      />
      {draft.trim() && hits.length > 0 && (
        <p className={styles.mirror} aria-hidden="true">
          <Marked text={draft} />
        </p>
      )}
      <p id={`${uid}-result`} role="status" aria-live="polite" className={clsx(styles.result, hits.length ? styles.bad : draft.trim() && styles.good)}>
        {summary}
      </p>
      <div className={styles.buttons}>
        {pair && (
          <button type="button" className={clsx("button button--sm button--primary", styles.btn)} aria-expanded={revealed} aria-controls={`${uid}-after`} onClick={() => setRevealed((v) => !v)}>
            {revealed ? '收起参考说法' : '看参考说法'}
          </button>
        )}
        {pairs.length > 1 && (
          <>
            <button type="button" className={clsx("button button--sm button--secondary", styles.btn)} onClick={() => go(-1)}>
              上一句
            </button>
            <button type="button" className={clsx("button button--sm button--secondary", styles.btn)} onClick={() => go(1)}>
              下一句
            </button>
          </>
        )}
      </div>
      <div id={`${uid}-after`}>
        {pair && revealed && (
          <div className={styles.after}>
            <p>
              <span className={styles.tagAfter}>参考</span>
              {pair.after}
            </p>
            <p className={styles.why}>{pair.why}</p>
          </div>
        )}
      </div>
      {pairs.length > 0 && (
        <details className={styles.all}>
          <summary>全部 {pairs.length} 组对照</summary>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">避免说</th>
                <th scope="col">换成</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Marked text={p.before} />
                  </td>
                  <td>
                    {p.after}
                    <div className={styles.why}>{p.why}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
