/**
 * One notice, in Chinese, when the browser's storage lets the agent down (blocked, full,
 * or a saved value that cannot be read). Each kind of problem is listed once however many
 * writes fail; the page itself keeps working from memory. Closing it hides it for this page.
 */
import React, {useState} from 'react';
import clsx from 'clsx';
import {useStorageIssues} from '../../client/profile';
import {describeIssue} from '../../client/storage';
import styles from './styles.module.css';

export default function StorageNotice({className}: {className?: string}): React.ReactElement | null {
  const issues = useStorageIssues();
  const [closed, setClosed] = useState(0);
  // A problem met after closing (another kind) shows the notice again.
  if (issues.length <= closed) return null;
  return (
    <div className={clsx(styles.notice, className)} role="status" data-storage-notice="">
      <div>
        <p className={styles.title}>本地保存出了问题</p>
        <ul className={styles.list}>
          {issues.map((i) => (
            <li key={i.kind}>{describeIssue(i)}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--sm button--secondary" onClick={() => setClosed(issues.length)}>
        知道了
      </button>
    </div>
  );
}
