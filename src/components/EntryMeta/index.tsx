/**
 * The trust and feedback strip of an entry page: owner, last review and due date (marked
 * 待复核 once past), the basis of the policy facts it relies on (依据), "编辑此页" at the
 * source file and line, and "内容有误？" opening a prefilled issue in the content repository.
 */
import React from 'react';
import type {EntryMetaData} from '../../core/entryMeta';
import styles from './styles.module.css';

const today = () => new Date().toISOString().slice(0, 10);

export default function EntryMeta({meta, showBasis = true, showOwner = true}: {meta: EntryMetaData; showBasis?: boolean; showOwner?: boolean}): React.ReactElement {
  const overdue = meta.reviewDue !== null && meta.reviewDue < today();
  const withBasis = meta.facts.filter((f) => f.basis.length);
  return (
    <footer className={styles.meta} aria-label="条目信息">
      {showBasis && withBasis.length > 0 && (
        <section className={styles.basis} aria-labelledby={`basis-${meta.file}-${meta.line ?? 0}`}>
          <h2 className={styles.heading} id={`basis-${meta.file}-${meta.line ?? 0}`}>
            依据
          </h2>
          <ul>
            {withBasis.map((f) => (
              <li key={f.id}>
                <span className={styles.fact}>{f.label}</span>（{f.display}）：{f.basis.join('；')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {showOwner && (
      <p className={styles.line}>
        {meta.owner && <span>负责人：{meta.owner}</span>}
        {meta.reviewed && <span>最近复核：{meta.reviewed}</span>}
        {meta.reviewDue &&
          (overdue ? (
            <span className={styles.overdue} role="status">
              待复核：应于 {meta.reviewDue} 复核，引用前请与负责人确认
            </span>
          ) : (
            <span>下次复核：{meta.reviewDue}</span>
          ))}
      </p>
      )}
      <p className={styles.line}>
        <a href={meta.editUrl} target="_blank" rel="noopener noreferrer" data-kb-edit>
          编辑此页
        </a>
        <a href={meta.reportUrl} target="_blank" rel="noopener noreferrer" data-kb-report>
          内容有误？
        </a>
        <span className={styles.source}>
          来源：{meta.file}
          {meta.line ? `:${meta.line}` : ''}
        </span>
      </p>
    </footer>
  );
}
