/**
 * `<PhrasePicker id="greeting-standard" />` in MDX: one phrase ready to fill and copy.
 * `ids`, `stage`, `category`, `scenario` or `tag` show a set instead, with a switch between
 * them; `tone` and `channel` choose the variant shown first.
 */
import React, {useId, useState} from 'react';
import type {Channel, Tone} from '../../core/schema';
import type {Values} from '../../client/fill';
import {allPhrases, phraseById} from '../../client/generated';
import type {Selection} from '../../client/phraseState';
import Picker, {initialSelection} from './Picker';
import styles from './styles.module.css';

export interface PhrasePickerProps {
  id?: string;
  ids?: string[];
  stage?: string;
  category?: string;
  scenario?: string;
  tag?: string;
  tone?: Tone;
  channel?: Channel;
  /** At most this many phrases of a set. */
  limit?: number;
}

function resolve({id, ids, stage, category, scenario, tag, limit}: PhrasePickerProps) {
  if (id || ids) {
    return [...(id ? [id] : []), ...(ids ?? [])].map((x) => {
      const p = phraseById(x);
      if (!p) throw new Error(`<PhrasePicker> 引用了不存在的话术：${x}。请检查 data/phrases/ 中的 id`);
      return p;
    });
  }
  const set = allPhrases.filter(
    (p) => (!stage || p.stage === stage) && (!category || p.category === category) && (!scenario || p.scenario === scenario) && (!tag || p.tags.includes(tag)),
  );
  return limit ? set.slice(0, limit) : set;
}

export default function PhrasePicker(props: PhrasePickerProps): React.ReactElement {
  const phrases = resolve(props);
  const uid = useId();
  const [current, setCurrent] = useState(0);
  const [values, setValues] = useState<Values>({});
  const [selection, setSelection] = useState<Required<Selection> | null>(() =>
    phrases[0] ? initialSelection(phrases[0], {tone: props.tone, channel: props.channel}) : null,
  );
  if (phrases.length === 0 || !selection) return <p className={styles.empty}>没有符合条件的话术。</p>;
  const phrase = phrases[Math.min(current, phrases.length - 1)]!;
  const shared = {selection, onSelectionChange: setSelection, values, onValuesChange: setValues};
  if (phrases.length === 1) return <Picker phrase={phrase} {...shared} className={`kb-card--doc ${styles.inDoc}`} />;
  return (
    <div className={styles.set} data-phrase-set="">
      <fieldset className={styles.setSwitch}>
        <legend className={styles.legend}>选择话术（{phrases.length} 条）</legend>
        <div className={styles.setOptions}>
          {phrases.map((p, i) => (
            <label key={p.id} className={styles.setOption}>
              <input type="radio" name={`${uid}-phrase`} checked={phrase.id === p.id} onChange={() => setCurrent(i)} />
              <span>{p.title}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Picker key={phrase.id} phrase={phrase} {...shared} className={`kb-card--doc ${styles.inSet}`} />
    </div>
  );
}
