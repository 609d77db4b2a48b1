import React from 'react';
import Link from '@docusaurus/Link';
import {allPhrases} from '../../client/generated';

/** The phrases of one SOP stage (or special scenario), listed from the data. */
export default function StagePhrases({stage, scenario}: {stage?: string; scenario?: string}): React.ReactElement {
  const phrases = allPhrases.filter((p) => (!stage || p.stage === stage) && (!scenario || p.scenario === scenario));
  return (
    <ul data-kb-list="phrases">
      {phrases.map((p) => (
        <li key={p.id}>
          <Link to={p.url}>{p.title}</Link>：{p.variants[0]?.text}
        </li>
      ))}
    </ul>
  );
}
