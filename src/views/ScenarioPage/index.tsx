import React, {useMemo} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {Scenario} from '../../core/scenario';
import {KB_ROUTES} from '../../core/views';
import {useKb} from '../../client/useKb';
import {recordResult, useProgress} from '../../client/progress';
import Simulation from '../../components/Simulation';
import {factsFromDisplay, renderScenario} from '../../components/Simulation/engine';
import {findScenario, itemHref, resultBadge} from '../../components/LearningPath/path';
import EntryMeta from '../../components/EntryMeta';
import type {EntryMetaData} from '../../core/entryMeta';
import styles from './styles.module.css';

/** /practice/<id>: one scenario, played turn by turn. */
export default function ScenarioPage({scenario: raw}: {scenario: Scenario & {meta: EntryMetaData}}): React.ReactElement {
  const kb = useKb();
  const scenario = useMemo(() => renderScenario(raw, factsFromDisplay(kb.policies)), [raw, kb.policies]);
  const {results, ready} = useProgress();
  const stage = kb.stages.find((s) => s.id === scenario.stage);
  const tag = kb.scenarios.find((s) => s.id === scenario.scenario);
  const onPath = findScenario(scenario.id);
  const pass = onPath?.item.pass;
  const before = ready ? results[scenario.id] : undefined;
  const badge = before ? resultBadge(before, pass) : null;
  const next = onPath?.after ? {to: itemHref(onPath.after), title: onPath.after.title} : undefined;
  return (
    <Layout title={`情景模拟：${scenario.title}`} description={scenario.situation}>
      <main className="container margin-vert--lg">
        <nav aria-label="面包屑" className={styles.crumbs}>
          <Link to={KB_ROUTES.practice}>情景模拟</Link>
          {onPath && (
            <>
              {' · '}
              <Link to="/docs/onboarding">新人上手第 {onPath.day.day} 天</Link>
            </>
          )}
        </nav>
        <Heading as="h1">{scenario.title}</Heading>
        <dl className={styles.facts}>
          <div>
            <dt>环节</dt>
            <dd>{stage ? <Link to={stage.doc}>{stage.name}</Link> : scenario.stage}</dd>
          </div>
          {tag && (
            <div>
              <dt>特殊场景</dt>
              <dd>{tag.name}</dd>
            </div>
          )}
          <div>
            <dt>客户画像</dt>
            <dd>
              <strong>{scenario.profile.type}</strong>：{scenario.profile.description}
            </dd>
          </div>
          {pass !== undefined && (
            <div>
              <dt>结业检测</dt>
              <dd>{pass} 分及以上过关</dd>
            </div>
          )}
        </dl>
        <p className={styles.situation}>
          <strong>情境：</strong>
          {scenario.situation}
        </p>
        {before && (
          <p className={styles.before} data-state={badge?.state}>
            你练过 {before.runs} 次：上次 {before.last} 分，最好 {before.best} 分
            {badge?.state === 'passed' ? '，已过关。' : badge?.state === 'failed' ? `，还没过关（${pass} 分过关）。` : '。'}
          </p>
        )}
        <Simulation scenario={scenario} pass={pass} next={next} pathHome={onPath ? '/docs/onboarding' : undefined} onFinish={(r) => recordResult(scenario.id, r.score)} />
        <EntryMeta meta={raw.meta} showBasis={false} />
      </main>
    </Layout>
  );
}
