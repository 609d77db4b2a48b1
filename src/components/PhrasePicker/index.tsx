import React from 'react';
import {phraseById} from '../../client/generated';

/** Placeholder until the phrase workbench lands: shows the phrase's first variant. */
export default function PhrasePicker({id}: {id: string}): React.ReactElement {
  const phrase = phraseById(id);
  if (!phrase) throw new Error(`<PhrasePicker id="${id}"> 引用了不存在的话术`);
  return <blockquote>{phrase.variants[0]?.text}</blockquote>;
}
