import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

export default function Home(): React.ReactElement {
  return (
    <Layout description="客服知识库首页">
      <main className="container margin-vert--lg">
        <Heading as="h1">客服知识库</Heading>
        <ul>
          <li><Link to="/docs/sop">服务流程</Link></li>
          <li><Link to="/qa">问答手册</Link></li>
          <li><Link to="/phrases">话术库</Link></li>
          <li><Link to="/workbench">工作台</Link></li>
        </ul>
      </main>
    </Layout>
  );
}
