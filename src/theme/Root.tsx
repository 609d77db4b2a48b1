/** Wraps every page: the update and network notices sit beside the whole app. */
import React, {type ReactNode} from 'react';
import UpdatePrompt from '../components/UpdatePrompt';

export default function Root({children}: {children: ReactNode}): React.ReactElement {
  return (
    <>
      {children}
      <UpdatePrompt />
    </>
  );
}
