/**
 * Home: search first (what agents come for), then the five SOP stages, the Q&A
 * categories and the tools. Everything listed comes from the data.
 */
import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import {useKb, useSiteSettings} from '../client/useKb';
import {KB_ROUTES} from '../core/views';
import styles from './index.module.css';

function openSearch() {
  window.dispatchEvent(new KeyboardEvent('keydown', {key: 'k', ctrlKey: true}));
}

export default function Home(): React.ReactElement {
  const {stages, categories, counts} = useKb();
  const site = useSiteSettings();
  return (
    <Layout description={`${site.platformName}客服知识库：服务流程、场景问答和话术库`}>
      <main>
        <section className={styles.hero}>
          <div className="container">
            <Heading as="h1" className={styles.title}>
              {site.title}
            </Heading>
            <p className={styles.tagline}>{site.tagline}</p>
            <button type="button" className={styles.search} onClick={openSearch} aria-keyshortcuts="Control+K /">
              <span>搜索客户的原话、关键词或拼音……</span>
              <kbd aria-hidden="true">Ctrl K</kbd>
            </button>
            <p className={styles.hint}>
              任意页面按 <kbd>Ctrl</kbd> + <kbd>K</kbd> 或 <kbd>/</kbd> 打开搜索；话术结果按 <kbd>Ctrl</kbd> + <kbd>Enter</kbd> 直接复制。
            </p>
          </div>
        </section>

        <div className="container margin-vert--lg">
          <section aria-labelledby="tools" className={styles.tools}>
            <Heading as="h2" id="tools" className="kb-sr-only">
              常用入口
            </Heading>
            <Link className={clsx('kb-tile', styles.tool)} to={KB_ROUTES.workbench}>
              <strong>当班工作台</strong>
              <span>收藏、最近复制、拼接回复</span>
            </Link>
            <Link className={clsx('kb-tile', styles.tool)} to={KB_ROUTES.phrases}>
              <strong>话术库</strong>
              <span>{counts.phrases} 条话术，按语气和渠道选用</span>
            </Link>
            <Link className={clsx('kb-tile', styles.tool)} to={KB_ROUTES.qa}>
              <strong>问答手册</strong>
              <span>{counts.qa} 个客户常问的问题</span>
            </Link>
            <Link className={clsx('kb-tile', styles.tool)} to="/docs/onboarding">
              <strong>新人上手</strong>
              <span>学习路径与 {counts.scenarios} 个情景模拟</span>
            </Link>
          </section>

          <section aria-labelledby="sop">
            <Heading as="h2" id="sop">
              服务五步
            </Heading>
            <ol className={styles.flow}>
              {stages.map((s, i) => (
                <li key={s.id}>
                  <Link to={s.doc} className={styles.stage}>
                    <span className={styles.step}>{i + 1}</span>
                    <strong>{s.name}</strong>
                    <span className={styles.goal}>{s.goal}</span>
                  </Link>
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="categories">
            <Heading as="h2" id="categories">
              按问题分类查答案
            </Heading>
            <ul className={styles.categories}>
              {categories.map((c) => (
                <li key={c.id}>
                  <Link to={KB_ROUTES.qaCategory(c.id)}>{c.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </main>
    </Layout>
  );
}
