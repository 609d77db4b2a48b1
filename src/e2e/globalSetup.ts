/**
 * Serves the production build (`npm run build` must have run) on loopback for the e2e
 * tests; the URL reaches them through `inject('baseUrl')`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {serveStatic} from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = process.env.KB_BUILD_DIR ? path.resolve(process.env.KB_BUILD_DIR) : path.resolve(__dirname, '../../build');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error('没有找到 build/index.html：端到端测试针对生产构建，请先运行 npm run build');
  }
  const server = await serveStatic(root);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
