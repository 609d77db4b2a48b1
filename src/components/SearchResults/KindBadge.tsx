/** The kind of a search result (话术 / 问答 / 服务流程) as a small coloured label: one style for the dialog and /search. */
import React from 'react';
import clsx from 'clsx';
import {DOC_TYPE_LABELS, type DocType} from '../../search/format';
import styles from './styles.module.css';

export default function KindBadge({type}: {type: DocType}): React.ReactElement {
  return <span className={clsx(styles.kind, styles[`kind-${type}`])}>{DOC_TYPE_LABELS[type]}</span>;
}
