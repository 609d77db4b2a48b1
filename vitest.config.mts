import path from 'node:path';
import {defineConfig} from 'vitest/config';

const mocks = path.resolve(import.meta.dirname, 'src/test/mocks');

export default defineConfig({
  test: {
    projects: [
      {
        test: {name: 'unit', environment: 'node', include: ['src/**/*.test.ts'], exclude: ['src/e2e/**']},
      },
      {
        // tsconfig keeps JSX for Docusaurus' Babel ("preserve"); tests compile it here.
        oxc: {jsx: {runtime: 'automatic'}},
        resolve: {
          alias: [
            // Component tests render outside Docusaurus: its client modules are replaced by
            // small test doubles (src/test/mocks), everything else is the real code.
            {find: /^@docusaurus\/(.*)$/, replacement: `${mocks}/docusaurus/$1.tsx`},
            {find: /^@theme\/(.*)$/, replacement: `${mocks}/theme/$1.tsx`},
            {find: /^@generated\/kb-content\/default\/(.*)\.json$/, replacement: `${mocks}/generated/$1.ts`},
          ],
        },
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['src/e2e/**/*.e2e.ts'],
          globalSetup: ['src/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
