/**
 * Search results grouped by kind (服务流程 / 问答 / 话术), as ARIA listbox options with
 * breadcrumbs and highlighted snippets. Highlighting is rendered as React nodes from
 * segments, never as HTML, so no content or query can inject markup.
 */
import React from 'react';
import clsx from 'clsx';
import type {SearchResult, Segment} from '../../search/engine';
import {DOC_TYPE_LABELS, type DocType} from '../../search/format';
import styles from './styles.module.css';

export const GROUP_ORDER: DocType[] = ['qa', 'phrase', 'sop'];

export function Marked({segments}: {segments: Segment[]}): React.ReactElement {
  return (
    <>
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <React.Fragment key={i}>{s.text}</React.Fragment>))}
    </>
  );
}

/** Results in display order (grouped), so keyboard navigation follows what is on screen. */
export const orderResults = (results: SearchResult[]) =>
  GROUP_ORDER.flatMap((type) => results.filter((r) => r.type === type));

export const optionId = (prefix: string, r: SearchResult) => `${prefix}-opt-${r.id}`;

interface Props {
  idPrefix: string;
  results: SearchResult[];
  active: number;
  onHover?: (index: number) => void;
  onPick: (result: SearchResult) => void;
  onCopy?: (result: SearchResult) => void;
  label: string;
}

export default function SearchResults({idPrefix, results, active, onHover, onPick, onCopy, label}: Props): React.ReactElement {
  const ordered = orderResults(results);
  return (
    <div role="listbox" id={`${idPrefix}-listbox`} aria-label={label} className={styles.listbox}>
      {GROUP_ORDER.map((type) => {
        const group = ordered.filter((r) => r.type === type);
        if (!group.length) return null;
        return (
          <div role="group" key={type} aria-labelledby={`${idPrefix}-group-${type}`}>
            <div id={`${idPrefix}-group-${type}`} role="presentation" className={styles.groupLabel}>
              {DOC_TYPE_LABELS[type]}
              <span className={styles.count}>{group.length}</span>
            </div>
            {group.map((r) => {
              const index = ordered.indexOf(r);
              return (
                <div
                  key={r.id}
                  id={optionId(idPrefix, r)}
                  role="option"
                  aria-selected={index === active}
                  className={clsx(styles.option, index === active && styles.active)}
                  onMouseMove={() => onHover?.(index)}
                  onClick={() => onPick(r)}
                  data-type={r.type}>
                  <div className={styles.crumb}>{r.crumb.join(' › ')}</div>
                  <div className={styles.title}>
                    <Marked segments={r.titleSegments} />
                  </div>
                  <div className={styles.snippet}>
                    <Marked segments={r.snippetSegments} />
                  </div>
                  {r.type === 'phrase' && onCopy && (
                    <span
                      role="presentation"
                      className={styles.copy}
                      onClick={(e) => {
                        e.stopPropagation();
                        onCopy(r);
                      }}>
                      复制 <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
