import React from 'react';
import {useKb} from '../../client/useKb';
import {readableNote} from './note';

export {readableNote};

/** Quotes a policy fact in MDX: `<Policy id="return_window_days" />` renders 7 天. */
export default function Policy({id, label = false}: {id: string; label?: boolean}): React.ReactElement {
  const {policies} = useKb();
  const fact = policies[id];
  if (!fact) throw new Error(`<Policy id="${id}"> 引用了不存在的政策，请检查 data/policies/ 中的 id`);
  return (
    <span title={`${fact.label}${fact.note ? `：${readableNote(fact.note, policies)}` : ''}`} data-policy={id}>
      {label ? `${fact.label} ${fact.display}` : fact.display}
    </span>
  );
}
