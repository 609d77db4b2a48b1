import React, {useId, useState} from 'react';
import Link from '@docusaurus/Link';
import {setRead, useProgress} from '../../client/progress';
import ProgressBar from '../ProgressBar';
import {findPage, itemHref, pathProgress} from '../LearningPath/path';
import styles from './styles.module.css';

export const PATH_HOME = '/docs/onboarding';

const day = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : `${d.getMonth() + 1} 月 ${d.getDate()} 日`;
};

/**
 * 标记为已读 at the end of every page on the learning path, with the overall progress and
 * the next step. Renders nothing on pages that are not on the path.
 *
 * A page has one "next" link: where the docs pager below already offers one
 * (`pagerNext`), this box does not add a second; it names the path's next item on its
 * way back to the path instead.
 */
export default function MarkRead({route, pagerNext}: {route: string; pagerNext?: string}): React.ReactElement | null {
  const place = findPage(route);
  const {read, results, ready} = useProgress();
  const [kept, setKept] = useState(true);
  const id = useId();
  if (!place || place.item.kind !== 'doc') return null;
  const to = place.item.to;
  const when = read[to];
  const progress = pathProgress(read, results);
  return (
    <aside className={styles.box} aria-label="新人上手：标记为已读" data-mark-read>
      <p className={styles.where}>
        新人上手 · 第 {place.day.day} 天「{place.day.title}」· 预计阅读 {place.item.minutes} 分钟
      </p>
      <div className={styles.row}>
        <label className={styles.check} htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            checked={Boolean(when)}
            disabled={!ready}
            onChange={(e) => setKept(setRead(to, e.target.checked))}
          />
          <span>标记为已读</span>
        </label>
        <span className={styles.status} role="status">
          {ready && when ? `已读（${day(when)}）` : ''}
        </span>
      </div>
      {!kept && <p className={styles.warn}>这个浏览器不允许保存数据，进度只在当前窗口有效。</p>}
      <ProgressBar
        small
        label="新人上手总进度"
        value={progress.done}
        max={progress.total}
        text={ready ? `已完成 ${progress.done}/${progress.total}` : '正在读取进度…'}
      />
      <nav className={styles.links} aria-label="学习路径导航">
        <Link to={PATH_HOME}>
          ← 返回学习路径{place.after && pagerNext ? `（下一项：${place.after.title}）` : ''}
        </Link>
        {place.after && !pagerNext && <Link to={itemHref(place.after)}>下一步：{place.after.title} →</Link>}
      </nav>
    </aside>
  );
}
