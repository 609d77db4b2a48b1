/**
 * 三段式安抚 builder: pick or write each step (情绪认同 → 原因归因 → 解决方案), see the
 * reply they make, fill its placeholders and copy it. Options come from the phrases
 * tagged 情绪认同 / 原因归因 / 解决方案.
 */
import clsx from 'clsx';
import React, {useId, useState} from 'react';
import {allPhrases} from '../../client/generated';
import {mergePlaceholders} from '../../client/fill';
import type {PhraseView} from '../../core/views';
import type {Tone} from '../../core/schema';
import PhraseText from '../PhraseText';
import ReplyFiller from '../ReplyFiller';
import {Marked} from '../WordingTrainer';
import {findNegatives} from '../WordingTrainer/negatives';
import {SOOTHING_STEPS, joinSoothing, stepOptions, stockEmpathy} from './steps';
import styles from './styles.module.css';

const OWN = '__own__';

export default function SoothingBuilder({phrases = allPhrases, tone = '亲切'}: {phrases?: readonly PhraseView[]; tone?: Tone}): React.ReactElement {
  const uid = useId();
  const options = stepOptions(phrases, {tone, channel: '在线聊天'});
  const [chosen, setChosen] = useState<string[]>(() => options.map((o) => (o.length ? o[0]!.id : OWN)));
  const [own, setOwn] = useState<string[]>(['', '', '']);

  const texts = SOOTHING_STEPS.map((_, i) => (chosen[i] === OWN ? own[i]! : (options[i]!.find((o) => o.id === chosen[i])?.text ?? '')));
  const missing = SOOTHING_STEPS.filter((_, i) => !texts[i]!.trim()).map((s) => s.tag);
  const reply = joinSoothing(texts);
  const placeholders = mergePlaceholders(...options.flat().filter((o) => chosen.includes(o.id)).map((o) => o.placeholders));
  const stock = stockEmpathy(texts[0]!);
  const negatives = findNegatives(texts.join(''));

  return (
    <div className={clsx('kb-card kb-card--doc', styles.builder)} role="group" aria-labelledby={`${uid}-title`} data-widget="SoothingBuilder">
      <p id={`${uid}-title`} className={styles.title}>
        三段式安抚：情绪认同 → 原因归因 → 解决方案
      </p>
      <ol className={styles.steps}>
        {SOOTHING_STEPS.map((step, i) => {
          const name = `${uid}-s${i}`;
          const opts = options[i]!;
          return (
            <li key={step.tag} className={styles.step}>
              <fieldset className={styles.fieldset}>
                <legend className={styles.legend}>
                  <span className={styles.num} aria-hidden="true">
                    {i + 1}
                  </span>
                  {step.tag}
                </legend>
                <p className={styles.hint}>{step.hint}</p>
                {opts.map((o) => (
                  <label key={o.id} className={styles.option}>
                    <input type="radio" name={name} checked={chosen[i] === o.id} onChange={() => setChosen((c) => c.map((x, j) => (j === i ? o.id : x)))} />
                    <PhraseText text={o.text} placeholders={o.placeholders} />
                  </label>
                ))}
                {opts.length > 0 && (
                  <label className={styles.option}>
                    <input type="radio" name={name} checked={chosen[i] === OWN} onChange={() => setChosen((c) => c.map((x, j) => (j === i ? OWN : x)))} />
                    <span>自己写</span>
                  </label>
                )}
                {chosen[i] === OWN && (
                  <div className={styles.own}>
                    <span className={styles.ownHead}>
                      <label htmlFor={`${name}-own`} className={styles.ownLabel}>
                        {step.tag}（自己写）
                      </label>
                      {!own[i] && (
                        <button type="button" className={styles.example} onClick={() => setOwn((w) => w.map((x, j) => (j === i ? step.example : x)))}>
                          填入原文示例
                        </button>
                      )}
                    </span>
                    <textarea
                      id={`${name}-own`}
                      className={styles.textarea}
                      rows={2}
                      value={own[i]}
                      placeholder={`例如：${step.example}`}
                      onChange={(e) => setOwn((w) => w.map((x, j) => (j === i ? e.target.value : x)))}
                    />
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>

      {(stock || negatives.length > 0) && (
        <ul className={styles.warnings}>
          {stock && <li>“{stock}”是模板化的共情，客户听多了反而更烦。说出这位客户此刻的具体感受，例如“您为孩子选的礼物收到时破损了，肯定特别失望”。</li>}
          {negatives.length > 0 && (
            <li>
              里面有否定说法：
              {[...new Set(negatives.map((n) => n.word))].map((w) => `“${w}”`).join('、')}，试着换成“可以怎么做”。
            </li>
          )}
        </ul>
      )}

      {missing.length > 0 ? (
        <div className={styles.pending}>
          <p className={styles.pendingTitle}>合成的回复</p>
          <p className={styles.pendingText}>
            {SOOTHING_STEPS.map((step, i) => (
              <React.Fragment key={step.tag}>
                {i > 0 && '，'}
                {texts[i]!.trim() ? <Marked text={texts[i]!.trim().replace(/[，。！？～,.!?~]+$/u, '')} /> : <span className={styles.slot}>{step.tag}</span>}
              </React.Fragment>
            ))}
          </p>
          <p className={styles.hint} role="status">
            还差：{missing.join('、')}。三步都有内容后就可以复制。
          </p>
        </div>
      ) : (
        <ReplyFiller label="合成的安抚回复" template={reply} placeholders={placeholders} channel="在线聊天" copyLabel="复制这段安抚" />
      )}
    </div>
  );
}
