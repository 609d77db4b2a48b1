import React from 'react';
import Link from '@docusaurus/Link';
import {allPhrases} from '../../client/generated';
import {PLACEHOLDER_LABELS, parseTemplate} from '../../core/template';
import type {PhraseView} from '../../core/views';
import styles from './styles.module.css';

/** A variant's text with its placeholders shown as labelled slots (〔订单号〕), never as {order_no}. */
function Preview({phrase}: {phrase: PhraseView}) {
  const variant = phrase.variants.find((v) => !v.channel || v.channel === '在线聊天') ?? phrase.variants[0]!;
  return (
    <>
      {parseTemplate(variant.text).map((t, i) => {
        if (t.kind === 'text') return <React.Fragment key={i}>{t.value}</React.Fragment>;
        const name = t.kind === 'placeholder' ? t.name : t.id;
        const ph = phrase.placeholders[name];
        const label = name === 'agent' ? '客服昵称' : name === 'platform' ? '平台名称' : ph ? (ph.label ?? PLACEHOLDER_LABELS[ph.type]) : name;
        return (
          <span key={i} className={styles.slot}>
            〔{label}〕
          </span>
        );
      })}
    </>
  );
}

/** The phrases of one SOP stage (or special scenario), listed from the data, each linking to its picker. */
export default function StagePhrases({stage, scenario}: {stage?: string; scenario?: string}): React.ReactElement {
  const phrases = allPhrases.filter((p) => (!stage || p.stage === stage) && (!scenario || p.scenario === scenario));
  return (
    <ul className={styles.list} data-kb-list="phrases">
      {phrases.map((p) => (
        <li key={p.id}>
          <Link to={p.url} className={styles.title}>
            {p.title}
          </Link>
          <span className={styles.preview}>
            <Preview phrase={p} />
          </span>
        </li>
      ))}
    </ul>
  );
}
