import React from 'react';
import Layout from '@theme/Layout';

export default function Workbench(): React.ReactElement {
  return (
    <Layout title="Workbench">
      <main className="container margin-vert--lg">
        <p>建设中。</p>
      </main>
    </Layout>
  );
}
