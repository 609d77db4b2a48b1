/**
 * The docs footer (编辑此页 comes from the docs plugin's `editUrl`), plus 标记为已读 on the
 * pages of the new hire's learning path and 内容有误？ opening a prefilled issue with the
 * page and the policy facts it shows.
 */
import React from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import MarkRead from '../../../components/MarkRead';
import {useKb, useSiteSettings} from '../../../client/useKb';
import {reportUrl} from '../../../core/sourceLinks';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): React.ReactElement {
  const {metadata} = useDoc();
  const site = useSiteSettings();
  const kb = useKb();
  // `@site/docs/sop/handle.mdx` → `sop/handle.mdx`
  const rel = metadata.source.replace(/^@site\/docs\//, '');
  const facts = (kb.docFacts[rel] ?? []).flatMap((id) => (kb.policies[id] ? [{id, label: kb.policies[id].label, display: kb.policies[id].display}] : []));
  const report = reportUrl(site.repository, {kind: '文档页', id: metadata.id, title: metadata.title, pageUrl: `${site.siteUrl}${metadata.permalink}`, file: `docs/${rel}`, facts});
  return (
    <>
      <MarkRead route={metadata.permalink} pagerNext={metadata.next?.permalink} />
      <Footer {...props} />
      <p className="kb-doc-report">
        <a href={report} target="_blank" rel="noopener noreferrer" data-kb-report>
          内容有误？
        </a>
      </p>
    </>
  );
}
