import React, {useEffect, useRef, useState} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {MISTAKES, type Scenario, type ScenarioOption} from '../../core/scenario';
import {KB_ROUTES} from '../../core/views';
import {ALL_ITEMS} from '../LearningPath/path';
import ProgressBar from '../ProgressBar';
import {choose, currentTurnId, displayOrder, isFinished, scoreRun, steps, turnById, type Pick, type RunResult} from './engine';
import styles from './styles.module.css';

const LETTERS = 'ABCD';

/** The page that teaches a principle, named as on the learning path. */
function docLabel(route: string): string {
  const clean = route.replace(/#.*$/, '').replace(/\/$/, '');
  const hit = ALL_ITEMS.find(({item}) => item.kind === 'doc' && item.to === clean);
  return hit ? hit.item.title : '相关页面';
}

function Learn({option}: {option: ScenarioOption}) {
  return (
    <p className={styles.learn}>
      <Link to={option.doc}>学习：{docLabel(option.doc)}</Link>
      {option.phrase && <Link to={KB_ROUTES.phrase(option.phrase)}>话术库里的推荐说法</Link>}
    </p>
  );
}

/** Why the chosen reply works or not, the better reply when it was not the best, and where to learn. */
function Explanation({chosen, best}: {chosen: ScenarioOption; best?: ScenarioOption}) {
  return (
    <>
      <p>{chosen.feedback}</p>
      {best && (
        <p className={styles.better}>
          <strong>更好的回复：</strong>
          {best.reply}
        </p>
      )}
      <Learn option={chosen} />
    </>
  );
}

type Phase = 'answer' | 'feedback' | 'done';

/**
 * A scenario run: the customer speaks, the trainee picks a reply, feedback explains it,
 * the conversation branches, and at the end a score and a review of the mistakes.
 * All rules live in `engine.ts`; this component only renders them.
 */
export default function Simulation({
  scenario,
  pass,
  next,
  pathHome,
  onFinish,
}: {
  scenario: Scenario;
  /** Score needed to pass (final-check scenarios). */
  pass?: number;
  /** The next step of the learning path, offered at the end. */
  next?: {to: string; title: string};
  /** The learning path's page, when the scenario is on it. */
  pathHome?: string;
  onFinish?: (result: RunResult) => void;
}): React.ReactElement {
  const [picks, setPicks] = useState<Pick[]>([]);
  const [phase, setPhase] = useState<Phase>('answer');
  const root = useRef<HTMLElement>(null);
  const [focusKey, setFocusKey] = useState(0);

  // After each step, keyboard focus moves to what comes next (marked data-autofocus).
  useEffect(() => {
    if (focusKey) root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [focusKey]);

  const history = steps(scenario, picks);
  const last = phase === 'feedback' ? history[history.length - 1] : undefined;
  const shown = phase === 'feedback' ? history.slice(0, -1) : history;
  const turnId = phase === 'feedback' ? picks[picks.length - 1]!.turn : currentTurnId(scenario, picks);
  const turn = phase === 'done' ? undefined : turnById(scenario, turnId);
  const result = phase === 'done' ? scoreRun(scenario, picks) : null;
  const failed = Boolean(result && pass !== undefined && result.score < pass);

  const pick = (option: number) => {
    setPicks(choose(scenario, picks, option));
    setPhase('feedback');
    setFocusKey((k) => k + 1);
  };
  const proceed = () => {
    if (isFinished(scenario, picks)) {
      setPhase('done');
      onFinish?.(scoreRun(scenario, picks));
    } else setPhase('answer');
    setFocusKey((k) => k + 1);
  };
  const restart = () => {
    setPicks([]);
    setPhase('answer');
    setFocusKey((k) => k + 1);
  };

  return (
    <section className={styles.sim} aria-label="情景模拟" ref={root}>
      {shown.length > 0 && (
        <ol className={styles.log} aria-label="对话记录">
          {shown.map((s, i) => (
            <li key={i} className={styles.pair}>
              <p className="kb-bubble kb-bubble-customer">
                <span className="kb-bubble-who">客户 · {s.turn.mood}</span>
                {s.turn.customer}
              </p>
              <p className="kb-bubble kb-bubble-agent" data-mark={s.correct ? 'good' : 'bad'}>
                <span className="kb-bubble-who">
                  你 · {s.correct ? '✓ 符合 SOP' : `✗ ${MISTAKES[s.chosen.mistake!]}`}
                </span>
                {s.chosen.reply}
              </p>
            </li>
          ))}
        </ol>
      )}

      {turn && (
        <div className={styles.turn}>
          <p className={clsx('kb-bubble', 'kb-bubble-customer', styles.current)} data-mood={turn.mood}>
            <span className="kb-bubble-who">
              客户 · <span className={styles.mood}>情绪：{turn.mood}</span>
            </span>
            {turn.customer}
          </p>
          <fieldset className={styles.options}>
            <legend
              className={styles.legend}
              tabIndex={-1}
              data-autofocus={phase === 'answer' || undefined}>
              第 {picks.length + (phase === 'answer' ? 1 : 0)} 轮：你会怎么回复？
            </legend>
            {displayOrder(scenario.id, turn.id, turn.options.length).map((i, position) => {
              const o = turn.options[i]!;
              const chosen = last?.chosen === o;
              return (
                <button
                  key={i}
                  type="button"
                  className={clsx(styles.option, last && o.best && styles.optionBest, chosen && !o.best && styles.optionWrong)}
                  disabled={phase !== 'answer'}
                  onClick={() => pick(i)}>
                  <span className={styles.letter} aria-hidden="true">
                    {LETTERS[position]}
                  </span>
                  <span className={styles.reply}>{o.reply}</span>
                  {last && (chosen || o.best) && (
                    <span className={styles.tag}>
                      {chosen ? '你的选择' : ''}
                      {chosen && o.best ? ' · ' : ''}
                      {o.best ? '符合 SOP' : ''}
                    </span>
                  )}
                </button>
              );
            })}
          </fieldset>
        </div>
      )}

      <div aria-live="polite" className={styles.live}>
        {last && (
          <div className={clsx(styles.feedback, last.correct ? styles.good : styles.bad)} data-feedback={last.correct ? 'best' : 'mistake'}>
            <p className={styles.verdict}>
              {last.correct ? '✓ 回复得当' : `✗ ${MISTAKES[last.chosen.mistake!]}`}
            </p>
            <Explanation chosen={last.chosen} best={last.correct ? undefined : last.best} />
          </div>
        )}
      </div>
      {last && (
        <button
          type="button"
          className={clsx('button button--primary', styles.next)}
          data-autofocus
          onClick={proceed}>
          {isFinished(scenario, picks) ? '查看得分' : '继续对话'}
        </button>
      )}

      {result && (
        <section className={styles.score} aria-labelledby="sim-score">
          <h2
            id="sim-score"
            tabIndex={-1}
            data-autofocus>
            得分：{result.score} 分
          </h2>
          <ProgressBar label="本次得分" value={result.score} max={100} text={`${result.score}/100`} />
          <p>
            {result.answered} 轮回复中有 {result.correct} 轮符合 SOP。
            {pass !== undefined && (result.score >= pass ? `达到结业标准（${pass} 分）。` : `结业标准是 ${pass} 分，再练一次吧。`)}
          </p>
          {scenario.takeaway && (
            <p className={styles.takeaway}>
              <strong>要点：</strong>
              {scenario.takeaway}
            </p>
          )}
          {result.mistakes.length > 0 ? (
            <>
              <h3>错误回顾</h3>
              <ol className={styles.review}>
                {result.mistakes.map((m, i) => (
                  <li key={i}>
                    <p className={styles.reviewLabel}>{m.label}</p>
                    <p>
                      <span className={styles.muted}>客户：</span>
                      {m.turn.customer}
                    </p>
                    <p>
                      <span className={styles.muted}>你的回复：</span>
                      {m.chosen.reply}
                    </p>
                    <Explanation chosen={m.chosen} best={m.best} />
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p>每一轮都选对了，做得好！</p>
          )}
          <p className={styles.actions}>
            {next && !failed && (
              <Link className="button button--primary" to={next.to} data-next-step="">
                下一步：{next.title} →
              </Link>
            )}
            <button type="button" className={clsx('button', failed ? 'button--primary' : 'button--secondary')} onClick={restart}>
              再练一次
            </button>
            {next && failed && (
              <Link className="button button--secondary" to={next.to} data-next-step="">
                先看下一步：{next.title}
              </Link>
            )}
            {pathHome && (
              <Link className="button button--link" to={pathHome}>
                返回学习路径
              </Link>
            )}
            <Link className="button button--link" to={KB_ROUTES.practice}>
              返回情景列表
            </Link>
          </p>
        </section>
      )}
    </section>
  );
}
