/** What the search shows before typing or when nothing matched: recents, did-you-mean, popular entries. */
import React, {useEffect, useState} from 'react';
import type {SearchEngine} from '../../search/engine';
import type {PopularDoc} from '../../search/format';
import styles from './empty.module.css';

interface Props {
  engine: SearchEngine;
  recent: string[];
  query?: string;
  suggestions?: string[];
  onQuery: (q: string) => void;
  onPick: (url: string) => void;
}

export default function EmptyState({engine, recent, query, suggestions = [], onQuery, onPick}: Props): React.ReactElement {
  const [popular, setPopular] = useState<PopularDoc[]>([]);
  useEffect(() => {
    let live = true;
    engine.popular().then(
      (list) => live && setPopular(list.map((p) => p.doc)),
      () => live && setPopular([]),
    );
    return () => {
      live = false;
    };
  }, [engine]);

  return (
    <div className={styles.empty}>
      {query !== undefined && (
        <p className={styles.none}>
          没有找到与“<strong>{query}</strong>”相关的内容。换个说法试试：用客户的原话、关键词，或拼音首字母（如 th 表示退货）。
        </p>
      )}
      {suggestions.length > 0 && (
        <section aria-label="您是不是要找">
          <h3 className={styles.heading}>您是不是要找</h3>
          <div className={styles.chips}>
            {suggestions.map((s) => (
              <button key={s} type="button" className={styles.chip} onClick={() => onQuery(s)}>
                {s}
              </button>
            ))}
          </div>
        </section>
      )}
      {recent.length > 0 && (
        <section aria-label="最近搜索">
          <h3 className={styles.heading}>最近搜索</h3>
          <div className={styles.chips}>
            {recent.map((s) => (
              <button key={s} type="button" className={styles.chip} onClick={() => onQuery(s)}>
                {s}
              </button>
            ))}
          </div>
        </section>
      )}
      {popular.length > 0 && (
        <section aria-label="常用条目">
          <h3 className={styles.heading}>常用条目</h3>
          <ul className={styles.list}>
            {popular.map((d) => (
              <li key={d.u}>
                <a
                  href={d.u}
                  onClick={(e) => {
                    e.preventDefault();
                    onPick(d.u);
                  }}>
                  {d.t}
                </a>
                <span className={styles.crumb}> · {d.c.join(' › ')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
