import React from 'react';
import Layout from '@theme/Layout';

export default function ScenarioPage(): React.ReactElement {
  return (
    <Layout title="ScenarioPage">
      <main className="container margin-vert--lg">
        <p>建设中。</p>
      </main>
    </Layout>
  );
}
