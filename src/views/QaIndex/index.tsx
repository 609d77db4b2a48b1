import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import type {Category} from '../../core/schema';
import {KB_ROUTES} from '../../core/views';
import styles from '../qa.module.css';

type Props = {categories: (Category & {count: number})[]};

export default function QaIndex({categories}: Props): React.ReactElement {
  const total = categories.reduce((n, c) => n + c.count, 0);
  return (
    <Layout title="场景问答手册" description="客户常问的问题和标准答复，按问题分类整理">
      <main className="container margin-vert--lg">
        <Heading as="h1">场景问答手册</Heading>
        <p>
          客户最常问的 {total} 个问题，按 {categories.length} 个问题分类整理。每条都有标准答复、处理步骤、引用的政策和升级条件。
        </p>
        <ul className={styles.grid}>
          {categories.map((c) => (
            <li key={c.id}>
              <Link className={clsx('kb-tile', styles.card)} to={KB_ROUTES.qaCategory(c.id)}>
                <strong>{c.name}</strong>
                <span className={styles.count}>{c.count} 条</span>
                <span className={styles.muted}>{c.description}</span>
              </Link>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
