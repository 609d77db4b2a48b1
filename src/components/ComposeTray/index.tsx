/**
 * The compose tray: greeting + answer(s) + closing joined into one reply, every part in
 * the same tone and channel, the placeholders of all parts asked once. The greeting and
 * closing an agent picks are remembered; the answers come from the workbench.
 */
import clsx from 'clsx';
import React, {useId, useMemo, useState} from 'react';
import type {PhraseView} from '../../core/views';
import type {Values} from '../../client/fill';
import {composeTemplates, mergePlaceholders} from '../../client/fill';
import {chooseVariant, isExactMatch, variantLabel, type Selection} from '../../client/phraseState';
import {prefsStore, recordCopy, useStore} from '../../client/profile';
import ReplyFiller from '../ReplyFiller';
import styles from './styles.module.css';

export interface ComposePart {
  phrase: PhraseView;
  role: 'greeting' | 'body' | 'closing';
}

/** The parts in reply order and the one template they make, for a tone and channel. */
export function composeReply(parts: readonly ComposePart[], selection: Selection, separator = '\n') {
  const order = {greeting: 0, body: 1, closing: 2};
  const sorted = [...parts].sort((a, b) => order[a.role] - order[b.role]);
  const chosen = sorted.map((part) => {
    const variant = part.phrase.variants[chooseVariant(part.phrase, selection)]!;
    return {...part, variant, exact: isExactMatch(part.phrase, variant, selection)};
  });
  return {
    parts: chosen,
    template: composeTemplates(chosen.map((c) => c.variant.text), separator),
    placeholders: mergePlaceholders(...chosen.map((c) => c.phrase.placeholders)),
  };
}

export interface ComposeTrayProps {
  phrases: readonly PhraseView[];
  /** Answer parts, in order. */
  body: readonly string[];
  onBodyChange: (ids: string[]) => void;
  selection: Required<Selection>;
  values: Values;
  onValuesChange: (next: Values) => void;
  greetingStage?: string;
  closingStage?: string;
}

export default function ComposeTray({
  phrases,
  body,
  onBodyChange,
  selection,
  values,
  onValuesChange,
  greetingStage = 'reception',
  closingStage = 'close',
}: ComposeTrayProps): React.ReactElement {
  const uid = useId();
  const [prefs, setPrefs] = useStore(prefsStore);
  const [oneParagraph, setOneParagraph] = useState(false);
  const byId = useMemo(() => new Map(phrases.map((p) => [p.id, p])), [phrases]);
  const greetings = phrases.filter((p) => p.stage === greetingStage);
  const closings = phrases.filter((p) => p.stage === closingStage);
  const greeting = prefs.greeting ? byId.get(prefs.greeting) : undefined;
  const closing = prefs.closing ? byId.get(prefs.closing) : undefined;
  const bodyPhrases = body.map((id) => byId.get(id)).filter((p): p is PhraseView => Boolean(p));

  const parts: ComposePart[] = [
    ...(greeting ? [{phrase: greeting, role: 'greeting' as const}] : []),
    ...bodyPhrases.map((phrase) => ({phrase, role: 'body' as const})),
    ...(closing ? [{phrase: closing, role: 'closing' as const}] : []),
  ];
  const reply = composeReply(parts, selection, oneParagraph ? '' : '\n');
  const inexact = reply.parts.filter((p) => !p.exact);

  const move = (i: number, by: number) => {
    const next = [...body];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onBodyChange(next);
  };

  return (
    <section className={clsx('kb-card', styles.tray)} aria-labelledby={`${uid}-title`} data-compose-tray="">
      <div className={styles.head}>
        <h2 id={`${uid}-title`} className={styles.title}>
          组合回复
        </h2>
        <span className={styles.sub}>
          开场 + 正文 + 结束语，按“{selection.tone} · {selection.channel}”组合，信息只填一次
        </span>
      </div>

      <div className={styles.slot}>
        <label htmlFor={`${uid}-greeting`} className={styles.slotLabel}>
          开场
        </label>
        <select id={`${uid}-greeting`} className={styles.select} value={greeting?.id ?? ''} onChange={(e) => setPrefs((p) => ({...p, greeting: e.target.value || undefined}))}>
          <option value="">不加开场</option>
          {greetings.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </div>

      <div className={styles.slot}>
        <span className={styles.slotLabel} id={`${uid}-body`}>
          正文
        </span>
        {bodyPhrases.length === 0 ? (
          <p className={styles.hint}>搜索话术后按“加入组合”（或结果旁的 ＋），可以加几条。</p>
        ) : (
          <ol className={styles.parts} aria-labelledby={`${uid}-body`}>
            {bodyPhrases.map((p, i) => (
              <li key={p.id} className={styles.part} data-part={p.id}>
                <span className={styles.partTitle}>{p.title}</span>
                <span className={styles.partButtons}>
                  <button type="button" className={styles.iconButton} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`上移“${p.title}”`}>
                    ↑
                  </button>
                  <button type="button" className={styles.iconButton} disabled={i === bodyPhrases.length - 1} onClick={() => move(i, 1)} aria-label={`下移“${p.title}”`}>
                    ↓
                  </button>
                  <button type="button" className={styles.iconButton} onClick={() => onBodyChange(body.filter((id) => id !== p.id))} aria-label={`移除“${p.title}”`}>
                    ×
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>

      <div className={styles.slot}>
        <label htmlFor={`${uid}-closing`} className={styles.slotLabel}>
          结束语
        </label>
        <select id={`${uid}-closing`} className={styles.select} value={closing?.id ?? ''} onChange={(e) => setPrefs((p) => ({...p, closing: e.target.value || undefined}))}>
          <option value="">不加结束语</option>
          {closings.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </div>

      <label className={styles.check}>
        <input type="checkbox" checked={oneParagraph} onChange={(e) => setOneParagraph(e.target.checked)} />
        合并成一段（不换行）
      </label>

      {inexact.length > 0 && (
        <p className="kb-note-warn" role="note">
          {inexact.map((p) => `“${p.phrase.title}”用的是“${variantLabel(p.variant)}”版本`).join('；')}。
        </p>
      )}

      {parts.length > 0 ? (
        <ReplyFiller
          label="组合回复"
          template={reply.template}
          placeholders={reply.placeholders}
          values={values}
          onValuesChange={onValuesChange}
          channel={selection.channel}
          copyLabel="复制组合回复"
          onCopied={() => reply.parts.forEach((p) => recordCopy({id: p.phrase.id, tone: p.variant.tone, channel: p.variant.channel ?? selection.channel}))}
        />
      ) : (
        <p className={styles.hint}>选一个开场或结束语，或加入正文，就会在这里拼成一条完整回复。</p>
      )}
    </section>
  );
}
