import React from 'react';
import Layout from '@theme/Layout';

export default function PracticeIndex(): React.ReactElement {
  return (
    <Layout title="PracticeIndex">
      <main className="container margin-vert--lg">
        <p>建设中。</p>
      </main>
    </Layout>
  );
}
