/**
 * One phrase, ready to send: tone and channel switches, the form for its placeholders,
 * the live preview and 复制. Takes the phrase itself, so pages that already have the data
 * (library, phrase page, workbench) do not pull in the whole phrase list.
 */
import React, {useId, useState} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {Channel, Tone} from '../../core/schema';
import type {PhraseView} from '../../core/views';
import type {Values} from '../../client/fill';
import {channelsOf, chooseVariant, fallbackNote, phraseLink, tonesOf, type Selection} from '../../client/phraseState';
import {recordCopy} from '../../client/profile';
import {useKb} from '../../client/useKb';
import FavouriteStar from '../FavouriteStar';
import ReplyFiller from '../ReplyFiller';
import styles from './styles.module.css';

export interface PickerProps {
  phrase: PhraseView;
  /** Controlled tone and channel; leave out to keep them inside (starting from `initial`). */
  selection?: Required<Selection>;
  onSelectionChange?: (next: Required<Selection>) => void;
  initial?: Selection;
  values?: Values;
  onValuesChange?: (next: Values) => void;
  /** Render the title as a heading of this level (default: plain text). */
  headingLevel?: 2 | 3 | 4;
  /** Show the link to the phrase's own page (off on that page). */
  showLink?: boolean;
  /** Extra buttons beside 复制, given the variant shown. */
  actions?: (selection: Required<Selection>) => React.ReactNode;
  onCopied?: (text: string, selection: Required<Selection>) => void;
  className?: string;
  /** Leave out the title bar (the page around already shows the title and the star). */
  bare?: boolean;
  /** Opened to be filled: the cursor goes to the first empty field (or to 复制). */
  autoFocus?: boolean;
}

export function initialSelection(phrase: PhraseView, initial: Selection = {}): Required<Selection> {
  const v = phrase.variants[chooseVariant(phrase, initial)]!;
  return {tone: initial.tone ?? v.tone, channel: initial.channel ?? v.channel ?? '在线聊天'};
}

function Segmented<T extends string>({
  legend,
  name,
  options,
  checked,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  checked: T | undefined;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className={styles.segmented}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {options.map((o) => (
          <label key={o} className={styles.option}>
            <input type="radio" name={name} value={o} checked={checked === o} onChange={() => onChange(o)} />
            <span>{o}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export default function Picker({
  phrase,
  selection: controlled,
  onSelectionChange,
  initial,
  values,
  onValuesChange,
  headingLevel,
  showLink = true,
  actions,
  onCopied,
  className,
  bare = false,
  autoFocus = false,
}: PickerProps): React.ReactElement {
  const {stages, categories} = useKb();
  const uid = useId();
  const [own, setOwn] = useState<Required<Selection>>(() => initialSelection(phrase, initial));
  const selection = controlled ?? own;
  const select = (next: Required<Selection>) => {
    if (!controlled) setOwn(next);
    onSelectionChange?.(next);
  };

  const index = chooseVariant(phrase, selection);
  const variant = phrase.variants[index]!;
  const shownChannel: Channel = variant.channel ?? selection.channel;
  const note = fallbackNote(phrase, selection);
  const stage = stages.find((s) => s.id === phrase.stage);
  const category = categories.find((c) => c.id === phrase.category);
  const Title = headingLevel ? (`h${headingLevel}` as const) : 'p';

  return (
    <div
      role="group"
      className={clsx('kb-card', styles.picker, bare && styles.bare, className)}
      aria-labelledby={bare ? undefined : `${uid}-title`}
      aria-label={bare ? phrase.title : undefined}
      data-phrase-id={phrase.id}
      data-variant={index}>
      {!bare && (
      <div className={styles.head}>
        <Title id={`${uid}-title`} className={styles.title}>
          {phrase.title}
        </Title>
        <span className={styles.meta}>
          {[stage?.name, category?.name].filter(Boolean).join(' · ')}
        </span>
        <span className={styles.headActions}>
          <FavouriteStar id={phrase.id} title={phrase.title} />
          {showLink && (
            <Link className={styles.detailLink} to={phraseLink(phrase, selection)}>
              详情
            </Link>
          )}
        </span>
      </div>
      )}

      <div className={styles.switches}>
        <Segmented<Tone> legend="语气" name={`${uid}-tone`} options={tonesOf(phrase)} checked={variant.tone} onChange={(tone) => select({...selection, tone})} />
        <Segmented<Channel>
          legend="渠道"
          name={`${uid}-channel`}
          options={channelsOf(phrase)}
          checked={shownChannel}
          onChange={(channel) => select({...selection, channel})}
        />
      </div>
      {note && (
        <p className="kb-note-warn" role="note" data-fallback="">
          {note}
        </p>
      )}

      <ReplyFiller
        label={`填写：${phrase.title}`}
        template={variant.text}
        placeholders={phrase.placeholders}
        values={values}
        onValuesChange={onValuesChange}
        channel={shownChannel}
        autoFocus={autoFocus}
        actions={actions?.(selection)}
        onCopied={(text) => {
          recordCopy({id: phrase.id, tone: variant.tone, channel: variant.channel ?? selection.channel});
          onCopied?.(text, selection);
        }}
      />
    </div>
  );
}
