/** Test double for @docusaurus/Link: a plain anchor. */
import React from 'react';

type Props = React.ComponentProps<'a'> & {to?: string; isNavLink?: boolean; autoAddBaseUrl?: boolean};

export default function Link({to, href, isNavLink: _nav, autoAddBaseUrl: _base, ...rest}: Props): React.ReactElement {
  return <a href={to ?? href} {...rest} />;
}
