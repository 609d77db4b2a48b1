/** Test double for @theme/Layout: the page content without navbar and footer. */
import React from 'react';

export default function Layout({children}: {children?: React.ReactNode; title?: string; description?: string}): React.ReactElement {
  return <div data-testid="layout">{children}</div>;
}
