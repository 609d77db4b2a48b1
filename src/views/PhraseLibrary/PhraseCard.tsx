/** One phrase in the library: the variant the filters choose, and the picker on demand. */
import React, {useEffect, useId, useRef} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {PhraseView} from '../../core/views';
import {chooseVariant, phraseLink, variantLabel, type LibraryFilters} from '../../client/phraseState';
import Picker from '../../components/PhrasePicker/Picker';
import PhraseText from '../../components/PhraseText';
import FavouriteStar from '../../components/FavouriteStar';
import {focusFirstEmpty} from '../../components/ReplyFiller';
import styles from './styles.module.css';

interface Props {
  phrase: PhraseView;
  filters: LibraryFilters;
  headingLevel: 2 | 3;
  open: boolean;
  onToggle: () => void;
  onTag: (tag: string) => void;
  categoryName?: string;
}

export default function PhraseCard({phrase, filters, headingLevel, open, onToggle, onTag, categoryName}: Props): React.ReactElement {
  const uid = useId();
  const variant = phrase.variants[chooseVariant(phrase, filters)]!;
  const selection = {tone: filters.tone ?? variant.tone, channel: filters.channel ?? variant.channel};
  const H = `h${headingLevel}` as const;
  const panelId = `${uid}-panel`;
  const panelRef = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef(false);

  // Opened by the agent: the cursor goes to the first empty field (or to 复制 when there is none).
  useEffect(() => {
    if (!open || !focusOnOpen.current) return;
    focusOnOpen.current = false;
    focusFirstEmpty(panelRef.current);
  }, [open]);

  return (
    <article className={clsx(styles.card, open && styles.cardOpen)} id={phrase.id} data-phrase-card={phrase.id} aria-labelledby={`${uid}-t`}>
      <div className={styles.cardHead}>
        <H id={`${uid}-t`} className={styles.cardTitle}>
          <Link to={phraseLink(phrase, selection)}>{phrase.title}</Link>
        </H>
        <span className={styles.cardMeta}>
          {categoryName && <span className={styles.category}>{categoryName}</span>}
          {phrase.tags.map((t) => (
            <button key={t} type="button" className={styles.tag} onClick={() => onTag(t)} aria-label={`按标签“${t}”筛选`}>
              {t}
            </button>
          ))}
        </span>
        <span className={styles.cardActions}>
          <FavouriteStar id={phrase.id} title={phrase.title} />
          <button type="button" className={clsx('button button--sm', styles.btn, open ? 'button--secondary' : 'button--outline button--primary')} aria-expanded={open} aria-controls={panelId}
            onClick={() => {
              focusOnOpen.current = !open;
              onToggle();
            }}
            data-action="open">
            {open ? '收起' : '填写并复制'}
          </button>
        </span>
      </div>
      <div id={panelId} ref={panelRef}>
        {open ? (
          <Picker phrase={phrase} initial={filters} className={styles.inlinePicker} bare />
        ) : (
          <p className={styles.cardText}>
            <span className={styles.variantBadge}>
              {variantLabel(variant)}
              {phrase.variants.length > 1 && ` · 共 ${phrase.variants.length} 个版本`}
            </span>
            <PhraseText text={variant.text} placeholders={phrase.placeholders} />
          </p>
        )}
      </div>
    </article>
  );
}
