import React from 'react';
import Layout from '@theme/Layout';

export default function PhraseLibrary(): React.ReactElement {
  return (
    <Layout title="PhraseLibrary">
      <main className="container margin-vert--lg">
        <p>建设中。</p>
      </main>
    </Layout>
  );
}
