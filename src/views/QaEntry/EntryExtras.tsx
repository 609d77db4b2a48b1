/**
 * The slot under a Q&A entry for what other parts of the site add to it: the
 * "编辑此页 / 内容有误？" links and the legal basis (依据) of its facts. It receives the
 * whole view `toQaView` returns, so a field added there reaches this component without
 * the entry page changing. Renders nothing until something is filled in.
 */
import React from 'react';
import type {Category} from '../../core/schema';
import type {QaView} from '../../core/views';

export interface EntryExtrasProps {
  entry: QaView;
  category: Category;
}

export const ENTRY_EXTRAS_ID = 'qa-entry-extras';

export default function EntryExtras(_props: EntryExtrasProps): React.ReactElement {
  return <div id={ENTRY_EXTRAS_ID} data-slot="qa-entry-extras" />;
}
