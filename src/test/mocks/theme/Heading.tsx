/** Test double for @theme/Heading: the heading element itself. */
import React from 'react';

type Props = React.ComponentProps<'h1'> & {as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'};

export default function Heading({as: As, ...rest}: Props): React.ReactElement {
  return <As {...rest} />;
}
