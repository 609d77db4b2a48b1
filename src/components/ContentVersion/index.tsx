/**
 * The content version in the footer: when this build was made and from which commit, and
 * whether the site is saved on this computer for offline use.
 */
import React from 'react';
import {currentBuild, versionLabel} from '../../sw/buildInfo';
import {useOfflineState} from '../../sw/useOfflineState';
import type {OfflineState} from '../../sw/register';
import styles from './styles.module.css';

export function offlineLabel(s: OfflineState): string | null {
  switch (s.offline) {
    case 'ready':
      return '已保存到本机，断网也能打开和搜索';
    case 'saving':
      return s.progress === null ? '正在保存到本机，供断网使用…' : `正在保存到本机，供断网使用（${Math.floor(s.progress * 100)}%）`;
    case 'failed':
      return '未能保存到本机，断网时无法使用，联网刷新后会重试';
    default:
      return null;
  }
}

export default function ContentVersion(): React.ReactElement | null {
  const build = currentBuild();
  const s = useOfflineState();
  if (!build) return null;
  const offline = offlineLabel(s);
  return (
    <p className={styles.version} data-kb-version={build.builtAt}>
      内容版本：{versionLabel(build)}
      {offline && <span data-kb-offline-state={s.offline}> · {offline}</span>}
    </p>
  );
}
