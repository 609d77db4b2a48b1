/**
 * Under a Q&A entry: the legal basis (依据) of the facts it relies on, and the
 * "编辑此页 / 内容有误？" links to its source line and a prefilled issue. Owner and review
 * dates are shown by the entry page itself.
 */
import React from 'react';
import type {Category} from '../../core/schema';
import type {QaView} from '../../core/views';
import type {EntryMetaData} from '../../core/entryMeta';
import EntryMeta from '../../components/EntryMeta';

export interface EntryExtrasProps {
  entry: QaView;
  category: Category;
  meta: EntryMetaData;
}

export const ENTRY_EXTRAS_ID = 'qa-entry-extras';

export default function EntryExtras({meta}: EntryExtrasProps): React.ReactElement {
  return (
    <div id={ENTRY_EXTRAS_ID}>
      <EntryMeta meta={meta} showOwner={false} />
    </div>
  );
}
