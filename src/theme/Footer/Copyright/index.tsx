/** The footer's copyright line, followed by the content version (see ContentVersion). */
import React from 'react';
import Copyright from '@theme-original/Footer/Copyright';
import type CopyrightType from '@theme/Footer/Copyright';
import type {WrapperProps} from '@docusaurus/types';
import ContentVersion from '../../../components/ContentVersion';

type Props = WrapperProps<typeof CopyrightType>;

export default function CopyrightWrapper(props: Props): React.ReactElement {
  return (
    <>
      <Copyright {...props} />
      <ContentVersion />
    </>
  );
}
