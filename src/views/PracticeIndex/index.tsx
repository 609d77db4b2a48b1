import React, {useMemo, useState} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {KB_ROUTES} from '../../core/views';
import {useKb} from '../../client/useKb';
import {useProgress} from '../../client/progress';
import ProgressBar from '../../components/ProgressBar';
import {factsFromDisplay, renderScenario, type ScenarioSummary} from '../../components/Simulation/engine';
import {findScenario, resultBadge} from '../../components/LearningPath/path';
import styles from './styles.module.css';

type Filter = 'all' | `stage:${string}` | `tag:${string}`;

/** /practice: every scenario by SOP stage, with the trainee's best score. */
export default function PracticeIndex({scenarios: raw}: {scenarios: ScenarioSummary[]}): React.ReactElement {
  const kb = useKb();
  const scenarios = useMemo(() => raw.map((s) => renderScenario(s, factsFromDisplay(kb.policies))), [raw, kb.policies]);
  const {results, ready} = useProgress();
  const [filter, setFilter] = useState<Filter>('all');
  const tags = kb.scenarios.filter((t) => scenarios.some((s) => s.scenario === t.id));
  const shown = scenarios.filter(
    (s) => filter === 'all' || filter === `stage:${s.stage}` || filter === `tag:${s.scenario ?? ''}`,
  );
  const done = scenarios.filter((s) => results[s.id]).length;
  const filters: {id: Filter; label: string}[] = [
    {id: 'all', label: `全部（${scenarios.length}）`},
    ...kb.stages.map((s) => ({id: `stage:${s.id}` as Filter, label: s.name})),
    ...tags.map((t) => ({id: `tag:${t.id}` as Filter, label: t.name})),
  ];

  return (
    <Layout title="情景模拟" description="在模拟对话中练习服务五步和沟通技巧：选择回复、看反馈、拿分数">
      <main className="container margin-vert--lg">
        <Heading as="h1">情景模拟</Heading>
        <p className={styles.intro}>
          每个情景是一段真实风格的对话：客户每说一句，你从几个候选回复里选一个。只有一个完全符合 SOP，其他的都犯了新人常见的错误。选错了，客户可能更生气。结束时看得分和错误回顾。新同事请按
          <Link to="/docs/onboarding">新人上手</Link>的顺序练。
        </p>
        <ProgressBar
          label="已练习的情景"
          value={ready ? done : 0}
          max={scenarios.length}
          text={ready ? `已练习 ${done}/${scenarios.length}` : '正在读取进度…'}
        />
        <div className={styles.filters} role="group" aria-label="按环节或特殊场景筛选">
          {filters.map((f) => (
            <button
              key={f.id}
              type="button"
              className={styles.filter}
              aria-pressed={filter === f.id}
              onClick={() => setFilter(f.id)}>
              {f.label}
            </button>
          ))}
        </div>
        {kb.stages.map((stage) => {
          const list = shown.filter((s) => s.stage === stage.id);
          if (!list.length) return null;
          return (
            <section key={stage.id} aria-labelledby={`stage-${stage.id}`}>
              {/* A plain h2: Heading's anchor link would be named after the id (English). */}
              <h2 id={`stage-${stage.id}`} className={styles.stage}>
                {stage.name}
                <span className={styles.count}>{list.length} 个情景</span>
              </h2>
              <ul className={styles.grid}>
                {list.map((s) => {
                  const r = ready ? results[s.id] : undefined;
                  const badge = r ? resultBadge(r, findScenario(s.id)?.item.pass) : null;
                  const tag = kb.scenarios.find((t) => t.id === s.scenario);
                  return (
                    <li key={s.id} className={styles.card} data-scenario={s.id}>
                      <Link to={KB_ROUTES.scenario(s.id)} className={styles.title}>
                        {s.title}
                      </Link>
                      <p className={styles.badges}>
                        <span className={styles.badge}>{s.profile.type}</span>
                        {tag && tag.name !== s.profile.type && <span className={styles.badge}>{tag.name}</span>}
                      </p>
                      <p className={styles.situation}>{s.situation}</p>
                      <p className={styles.result} data-state={badge?.state}>
                        {badge ? badge.text : ready ? '未练习' : ' '}
                      </p>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
