import React from 'react';
import Link from '@docusaurus/Link';
import {allQa} from '../../client/generated';
import {useKb} from '../../client/useKb';

/** The Q&A entries of one SOP stage (or one category), listed from the data. */
export default function StageQa({stage, category, limit}: {stage?: string; category?: string; limit?: number}): React.ReactElement {
  const {categories} = useKb();
  const entries = allQa.filter((q) => (!stage || q.stage === stage) && (!category || q.category === category));
  const shown = limit ? entries.slice(0, limit) : entries;
  const name = (id: string) => categories.find((c) => c.id === id)?.name ?? id;
  return (
    <ul data-kb-list="qa">
      {shown.map((q) => (
        <li key={q.id}>
          <Link to={q.url}>{q.question}</Link> <small>（{name(q.category)}）</small>
        </li>
      ))}
      {shown.length < entries.length && <li>…… 另有 {entries.length - shown.length} 条，见问答手册</li>}
    </ul>
  );
}
