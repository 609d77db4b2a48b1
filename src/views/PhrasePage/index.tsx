import React from 'react';
import Layout from '@theme/Layout';

export default function PhrasePage(): React.ReactElement {
  return (
    <Layout title="PhrasePage">
      <main className="container margin-vert--lg">
        <p>建设中。</p>
      </main>
    </Layout>
  );
}
