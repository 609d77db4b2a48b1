/**
 * The agent's own settings, set once and filled into every reply: the name the customer
 * sees and the platform name (its default comes from the site configuration). Saved in
 * the browser as they are typed.
 */
import React, {useId} from 'react';
import clsx from 'clsx';
import {profileStore, useStoragePersisted, useStore} from '../../client/profile';
import {useSiteSettings} from '../../client/useKb';
import styles from './styles.module.css';

export default function ProfilePanel({compact = false}: {compact?: boolean}): React.ReactElement {
  const site = useSiteSettings();
  const [stored, setStored] = useStore(profileStore);
  const persisted = useStoragePersisted();
  const id = useId();
  const stopEnter = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') e.preventDefault();
  };
  return (
    <div className={clsx(styles.panel, compact && styles.compact)} role="group" aria-labelledby={`${id}-title`} data-profile-panel="">
      <p id={`${id}-title`} className={styles.title}>
        我的信息 <span className={styles.note}>填一次，所有话术里的昵称和平台名都用它</span>
      </p>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-agent`}>客服昵称</label>
          <input
            id={`${id}-agent`}
            className={styles.input}
            value={stored.agentName}
            maxLength={40}
            placeholder={site.defaultAgentName}
            autoComplete="nickname"
            onKeyDown={stopEnter}
            onChange={(e) => setStored((p) => ({...p, agentName: e.target.value}))}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-platform`}>平台名称</label>
          <input
            id={`${id}-platform`}
            className={styles.input}
            value={stored.platformName}
            maxLength={40}
            placeholder={site.platformName}
            autoComplete="organization"
            onKeyDown={stopEnter}
            onChange={(e) => setStored((p) => ({...p, platformName: e.target.value}))}
          />
        </div>
      </div>
      <p className={styles.note}>
        留空就用默认值：{site.defaultAgentName}、{site.platformName}。
        {persisted ? '已保存在本浏览器。' : <strong className={styles.warn}>浏览器不允许保存（无痕模式或存储已满），这些设置只在本页有效。</strong>}
      </p>
    </div>
  );
}
