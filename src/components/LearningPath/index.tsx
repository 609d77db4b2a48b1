import React from 'react';
import Link from '@docusaurus/Link';
import {useProgress} from '../../client/progress';
import ProgressBar from '../ProgressBar';
import {LEARNING_PATH, isDone, itemHref, pathProgress, totalMinutes} from './path';
import styles from './styles.module.css';

/** The learning path with the reader's progress: `<LearningPath />` on the onboarding page. */
export default function LearningPath(): React.ReactElement {
  const {read, results, ready} = useProgress();
  const progress = pathProgress(read, results);
  const next = ready ? progress.next : null;
  return (
    <div className={styles.path}>
      <section className={styles.summary} aria-labelledby="path-progress">
        <h2 id="path-progress" className={styles.summaryTitle}>
          我的进度
        </h2>
        <ProgressBar
          label="新人上手总进度"
          value={progress.done}
          max={progress.total}
          text={ready ? `已完成 ${progress.done}/${progress.total}` : '正在读取进度…'}
        />
        {ready && (
          <p className={styles.next}>
            {next ? (
              <Link className="button button--primary" to={itemHref(next.item)}>
                {progress.done ? '继续学习' : '从第 1 天开始'}：第 {next.day.day} 天 · {next.item.title}
              </Link>
            ) : (
              <strong>全部完成！可以开始接待真实客户了，遇到拿不准的问题随时回来查。</strong>
            )}
          </p>
        )}
        <p className={styles.note}>进度只保存在这个浏览器里；换电脑或清除浏览数据后需要重新标记。</p>
      </section>

      <ol className={styles.days}>
        {LEARNING_PATH.map((day, d) => {
          const count = progress.days[d]!;
          return (
            <li key={day.day} className={styles.day} aria-labelledby={`day-${day.day}`}>
              <div className={styles.dayHead}>
                <h2 id={`day-${day.day}`} className={styles.dayTitle}>
                  第 {day.day} 天：{day.title}
                </h2>
                <span className={styles.minutes}>约 {totalMinutes(day)} 分钟</span>
              </div>
              <ProgressBar small label={`第 ${day.day} 天进度`} value={count.done} max={count.total} text={`${count.done}/${count.total}`} />
              <h3 className={styles.sub}>学完你能</h3>
              <ul className={styles.outcomes}>
                {day.outcomes.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
              <h3 className={styles.sub}>学习内容</h3>
              <ol className={styles.items}>
                {day.items.map((item) => {
                  const done = ready && isDone(item, read, results);
                  const score = item.kind === 'scenario' ? results[item.id] : undefined;
                  return (
                    <li key={itemHref(item)} className={styles.item} data-done={done || undefined}>
                      <span className={styles.mark} aria-hidden="true">
                        {done ? '✓' : ''}
                      </span>
                      <Link to={itemHref(item)} className={styles.itemLink}>
                        {item.title}
                      </Link>
                      <span className={styles.itemMeta}>
                        {item.kind === 'doc' ? '阅读' : item.pass ? `结业检测 · ${item.pass} 分过关` : '情景模拟'} · {item.minutes} 分钟
                        {ready && score ? ` · 最好 ${score.best} 分` : ''}
                        <span className="kb-sr-only">{ready ? (done ? '，已完成' : '，未完成') : ''}</span>
                      </span>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
