/**
 * 方案A / 方案B builder: write two concrete options, see them in the sentence that offers
 * the choice (taken from the phrase library), get coaching (distinct, short, positive),
 * fill and copy.
 */
import clsx from 'clsx';
import React, {useId, useState} from 'react';
import {allPhrases} from '../../client/generated';
import type {Values} from '../../client/fill';
import type {Tone} from '../../core/schema';
import type {PhraseView} from '../../core/views';
import ReplyFiller from '../ReplyFiller';
import {findFrames, optionAdvice} from './frame';
import styles from './styles.module.css';

export default function ChoiceBuilder({id, phrases = allPhrases}: {id?: string; phrases?: readonly PhraseView[]}): React.ReactElement {
  const uid = useId();
  if (id && !phrases.some((p) => p.id === id)) throw new Error(`<ChoiceBuilder id="${id}"> 引用了不存在的话术`);
  const frames = findFrames(phrases, id);
  const [tone, setTone] = useState<Tone>(frames[0]!.tone);
  const [values, setValues] = useState<Values>({});
  const frame = frames.find((f) => f.tone === tone) ?? frames[0]!;
  const advice = optionAdvice(values.option_a ?? '', values.option_b ?? '');

  return (
    <div className={clsx('kb-card kb-card--doc', styles.builder)} role="group" aria-labelledby={`${uid}-title`} data-widget="ChoiceBuilder">
      <p id={`${uid}-title`} className={styles.title}>
        给客户两个选择：方案A / 方案B
      </p>
      <p className={styles.hint}>两个方案都要具体、能马上执行，而且真的不同；客户自己选，更容易接受。</p>
      {frames.length > 1 && (
        <fieldset className={styles.tones}>
          <legend>语气</legend>
          {frames.map((f) => (
            <label key={f.tone} className={styles.tone}>
              <input type="radio" name={`${uid}-tone`} checked={tone === f.tone} onChange={() => setTone(f.tone)} />
              {f.tone}
            </label>
          ))}
        </fieldset>
      )}
      <ReplyFiller label="方案选择回复" template={frame.template} placeholders={frame.placeholders} values={values} onValuesChange={setValues} channel="在线聊天" copyLabel="复制" />
      {advice.length > 0 && (
        <ul className={styles.advice}>
          {advice.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
