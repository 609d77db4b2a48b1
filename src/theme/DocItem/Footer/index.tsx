/** The docs footer, plus 标记为已读 on the pages of the new hire's learning path. */
import React from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import MarkRead from '../../../components/MarkRead';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): React.ReactElement {
  const {metadata} = useDoc();
  return (
    <>
      <MarkRead route={metadata.permalink} pagerNext={metadata.next?.permalink} />
      <Footer {...props} />
    </>
  );
}
