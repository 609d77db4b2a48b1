/**
 * The agent's own settings, set once and filled into every reply: the name the customer
 * sees and the platform name (its default comes from the site configuration). Saved in
 * the browser as they are typed. The nickname has no default: a reply that names the
 * agent asks for it on the first copy (`NicknameDialog`) rather than sign as someone else.
 *
 * `ProfileDisclosure` is the one collapsed "我的信息" the pages put in their header.
 */
import React, {useId} from 'react';
import clsx from 'clsx';
import {profileStore, useProfile, useStoragePersisted, useStore} from '../../client/profile';
import {cleanText} from '../../core/safeText';
import {useSiteSettings} from '../../client/useKb';
import styles from './styles.module.css';

export {default as NicknameDialog} from './NicknameDialog';

export const NAME_MAX = 40;

export default function ProfilePanel({compact = false}: {compact?: boolean}): React.ReactElement {
  const site = useSiteSettings();
  const [stored, setStored] = useStore(profileStore);
  const persisted = useStoragePersisted();
  const id = useId();
  const stopEnter = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') e.preventDefault();
  };
  const clean = (v: string) => cleanText(v, {max: NAME_MAX});
  const noName = stored.agentName.trim() === '';
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
            className="kb-input"
            value={stored.agentName}
            maxLength={NAME_MAX}
            placeholder={`例如：${site.defaultAgentName}`}
            autoComplete="nickname"
            aria-describedby={`${id}-agent-note`}
            onKeyDown={stopEnter}
            onChange={(e) => setStored((p) => ({...p, agentName: clean(e.target.value)}))}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-platform`}>平台名称</label>
          <input
            id={`${id}-platform`}
            className="kb-input"
            value={stored.platformName}
            maxLength={NAME_MAX}
            placeholder={site.platformName}
            autoComplete="organization"
            onKeyDown={stopEnter}
            onChange={(e) => setStored((p) => ({...p, platformName: clean(e.target.value)}))}
          />
        </div>
      </div>
      <p id={`${id}-agent-note`} className={styles.note}>
        {noName ? '还没有填昵称：复制带昵称的话术时会先请你填写。' : '客户会在回复里看到这个昵称。'}
        平台名称留空就用“{site.platformName}”。
        {persisted ? '已保存在本浏览器。' : <strong className={styles.warn}>浏览器不允许保存，这些设置只在这个标签页里有效。</strong>}
      </p>
    </div>
  );
}

/** "我的信息：阿青 · 悦购商城", collapsed in a page header; opens the panel. */
export function ProfileDisclosure({className}: {className?: string}): React.ReactElement {
  const profile = useProfile();
  return (
    <details className={clsx(styles.disclosure, className)} data-profile-disclosure="">
      <summary>
        我的信息：{profile.agentName || <span className={styles.unset}>未填昵称</span>} · {profile.platformName}
      </summary>
      <ProfilePanel />
    </details>
  );
}
