import React from 'react';

/** Placeholder until the phrase workbench lands. */
export default function ChoiceBuilder(): React.ReactElement {
  return <div data-widget="ChoiceBuilder">练习组件加载中</div>;
}
