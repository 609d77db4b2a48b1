import React from 'react';

/** Placeholder until the phrase workbench lands. */
export default function WordingTrainer(): React.ReactElement {
  return <div data-widget="WordingTrainer">练习组件加载中</div>;
}
