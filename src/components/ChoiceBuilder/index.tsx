/**
 * 方案A / 方案B builder: write two concrete options, see them in the sentence that offers
 * the choice, get coaching (distinct, short, positive), fill and copy.
 */
import React, {useId, useState} from 'react';
import {allPhrases} from '../../client/generated';
import type {Values} from '../../client/fill';
import {chooseVariant} from '../../client/phraseState';
import {TONES, type Tone} from '../../core/schema';
import type {PhraseView} from '../../core/views';
import ReplyFiller from '../ReplyFiller';
import {DEFAULT_FRAME, OPTION_PLACEHOLDERS, findFrame, optionAdvice} from './frame';
import styles from './styles.module.css';

export default function ChoiceBuilder({id, phrases = allPhrases}: {id?: string; phrases?: readonly PhraseView[]}): React.ReactElement {
  const uid = useId();
  const frame = findFrame(phrases, id);
  if (id && !frame) throw new Error(`<ChoiceBuilder id="${id}"> 引用了不存在的话术`);
  const tones = frame ? TONES.filter((t) => frame.variants.some((v) => v.tone === t)) : [];
  const [tone, setTone] = useState<Tone | undefined>(tones[0]);
  const [values, setValues] = useState<Values>({});
  const template = frame ? frame.variants[chooseVariant(frame, {tone, channel: '在线聊天'})]!.text : DEFAULT_FRAME;
  const placeholders = {...OPTION_PLACEHOLDERS, ...(frame?.placeholders ?? {})};
  const advice = optionAdvice(values.option_a ?? '', values.option_b ?? '');

  return (
    <div className={styles.builder} role="group" aria-labelledby={`${uid}-title`} data-widget="ChoiceBuilder">
      <p id={`${uid}-title`} className={styles.title}>
        给客户两个选择：方案A / 方案B
      </p>
      <p className={styles.hint}>两个方案都要具体、能马上执行，而且真的不同；客户自己选，更容易接受。</p>
      {tones.length > 1 && (
        <fieldset className={styles.tones}>
          <legend>语气</legend>
          {tones.map((t) => (
            <label key={t} className={styles.tone}>
              <input type="radio" name={`${uid}-tone`} checked={tone === t} onChange={() => setTone(t)} />
              {t}
            </label>
          ))}
        </fieldset>
      )}
      <ReplyFiller label="方案选择回复" template={template} placeholders={placeholders} values={values} onValuesChange={setValues} channel="在线聊天" copyLabel="复制" />
      {advice.length > 0 && (
        <ul className={styles.advice} aria-live="polite">
          {advice.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
