/**
 * The site-wide notices about freshness and the network, bottom right of every page: a
 * newer build is ready ("内容已更新，点此刷新"), or the network is gone. The polite live
 * region is present from the first render so screen readers announce what appears in it;
 * each notice inside is a `status`, and an empty region adds no status to the page.
 */
import React, {useEffect, useState} from 'react';
import {applyUpdate} from '../../sw/register';
import {useOfflineState} from '../../sw/useOfflineState';
import {versionLabel} from '../../sw/buildInfo';
import styles from './styles.module.css';

/** "稍后" hides the prompt for this long; an old policy must not be quoted for a whole shift. */
export const SNOOZE_MS = 10 * 60 * 1000;

export default function UpdatePrompt(): React.ReactElement {
  const s = useOfflineState();
  const [snoozed, setSnoozed] = useState(false);
  useEffect(() => {
    if (!snoozed) return;
    const t = window.setTimeout(() => setSnoozed(false), SNOOZE_MS);
    return () => window.clearTimeout(t);
  }, [snoozed]);

  const showUpdate = s.update !== null && !snoozed;
  const offlineNote = !s.online
    ? s.offline === 'ready'
      ? '网络已断开，正在使用本机保存的内容，搜索和复制照常可用。'
      : '网络已断开，还没有打开过的页面可能打不开，联网后会自动恢复。'
    : null;

  return (
    <div className={styles.region} aria-live="polite">
      {showUpdate && (
        <div className={styles.notice} role="status" data-kb-update="">
          <button type="button" className={styles.reload} onClick={applyUpdate} disabled={s.applying}>
            {s.applying ? '正在切换到新内容…' : '内容已更新，点此刷新'}
          </button>
          {s.update !== true && s.update && <span className={styles.detail}>新版本：{versionLabel(s.update)}</span>}
          {!s.applying && (
            <button type="button" className={styles.later} onClick={() => setSnoozed(true)}>
              稍后
            </button>
          )}
        </div>
      )}
      {offlineNote && (
        <p className={styles.notice} role="status" data-kb-offline="">
          {offlineNote}
        </p>
      )}
    </div>
  );
}
