/**
 * Search results in one list ranked by score, whatever their kind: a phrase that matches
 * nearly as well as a Q&A entry is not pushed below every Q&A result. Each option says
 * its kind (服务流程 / 问答 / 话术), its breadcrumb and a highlighted snippet. Highlighting
 * is rendered as React nodes from segments, never as HTML, so no content or query can
 * inject markup.
 */
import React from 'react';
import clsx from 'clsx';
import type {SearchResult, Segment} from '../../search/engine';
import {isCopyable} from './useResultCopy';
import KindBadge from './KindBadge';
import styles from './styles.module.css';

export function Marked({segments}: {segments: Segment[]}): React.ReactElement {
  return (
    <>
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <React.Fragment key={i}>{s.text}</React.Fragment>))}
    </>
  );
}

/** Results in display order: by score, kinds interleaved; ties keep the engine's order. */
export const orderResults = (results: readonly SearchResult[]): SearchResult[] =>
  results
    .map((r, i) => ({r, i}))
    .sort((a, b) => b.r.score - a.r.score || a.i - b.i)
    .map((x) => x.r);

export const optionId = (prefix: string, r: SearchResult) => `${prefix}-opt-${r.id}`;

export const COPY_HINT: Record<SearchResult['type'], string> = {qa: '复制答复', phrase: '复制', sop: ''};

interface Props {
  idPrefix: string;
  results: SearchResult[];
  active: number;
  onHover?: (index: number) => void;
  onPick: (result: SearchResult) => void;
  onCopy?: (result: SearchResult) => void;
  label: string;
}

function SearchResults({idPrefix, results, active, onHover, onPick, onCopy, label}: Props): React.ReactElement {
  return (
    <div role="listbox" id={`${idPrefix}-listbox`} aria-label={label} className={styles.listbox}>
      {results.map((r, index) => (
        // Keyed by position: a keystroke's new results update the rows in place (no state lives in a row).
        <div
          key={index}
          id={optionId(idPrefix, r)}
          role="option"
          aria-selected={index === active}
          className={clsx(styles.option, index === active && styles.active)}
          onMouseMove={() => onHover?.(index)}
          onClick={() => onPick(r)}
          data-type={r.type}>
          <div className={styles.crumb}>
            <KindBadge type={r.type} />
            {r.crumb.join(' › ')}
          </div>
          <div className={styles.title}>
            <Marked segments={r.titleSegments} />
          </div>
          <div className={styles.snippet}>
            <Marked segments={r.snippetSegments} />
          </div>
          {onCopy && isCopyable(r) && (
            <span
              role="presentation"
              className={styles.copy}
              onClick={(e) => {
                e.stopPropagation();
                onCopy(r);
              }}>
              {COPY_HINT[r.type]}
              <span className={styles.keys}>
                {' '}
                <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
              </span>
            </span>
          )}
        </div>
      ))}
    </div>
  );
}

/** A keystroke re-renders the box first, with the previous results: the list renders only when they change. */
export default React.memo(SearchResults);
