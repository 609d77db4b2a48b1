/**
 * A variant's text for reading (lists, version tables): {agent} and {platform} filled from
 * the profile, every other placeholder shown as a marked chip with its field label.
 */
import React from 'react';
import type {Placeholder} from '../../core/schema';
import {fillTemplate} from '../../client/fill';
import {useProfile} from '../../client/profile';
import {useSiteSettings} from '../../client/useKb';
import styles from './styles.module.css';

export default function PhraseText({text, placeholders, className}: {text: string; placeholders: Readonly<Record<string, Placeholder>>; className?: string}): React.ReactElement {
  const profile = useProfile();
  const site = useSiteSettings();
  const {segments, fields} = fillTemplate(text, {placeholders, profile, values: {}, rules: site});
  const label = (name: string) => fields.find((f) => f.name === name)?.label ?? name;
  return (
    <span className={className}>
      {segments.map((s, i) =>
        s.kind === 'missing' ? (
          <span key={i} className={styles.slot}>
            {label(s.name)}
          </span>
        ) : (
          <React.Fragment key={i}>{s.value}</React.Fragment>
        ),
      )}
    </span>
  );
}
