import React from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** A labelled progress bar (role="progressbar") with the count written next to it. */
export default function ProgressBar({
  label,
  value,
  max,
  text,
  small = false,
}: {
  label: string;
  value: number;
  max: number;
  /** What is said and shown, e.g. “已完成 3/20”. */
  text: string;
  small?: boolean;
}): React.ReactElement {
  const percent = max > 0 ? Math.round((100 * Math.min(value, max)) / max) : 0;
  return (
    <div className={clsx(styles.wrap, small && styles.small)}>
      <div
        className={styles.track}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}>
        <div className={styles.fill} style={{width: `${percent}%`}} />
      </div>
      <span className={styles.text} aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
