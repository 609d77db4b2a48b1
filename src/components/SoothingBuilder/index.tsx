import React from 'react';

/** Placeholder until the phrase workbench lands. */
export default function SoothingBuilder(): React.ReactElement {
  return <div data-widget="SoothingBuilder">练习组件加载中</div>;
}
