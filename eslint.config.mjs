// Lint for code, pages and data (`npm run lint` runs this, then the content lint `kb lint`).
// TypeScript: typescript-eslint's recommended rules; React components also get the hooks
// rules. Pages: docs/**/*.mdx through eslint-plugin-mdx (the MDX must parse). Data:
// data/**/*.yaml through eslint-plugin-yml (syntax, tabs, empty values), before the
// schema check of `kb check` gives the field-level errors.
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import * as mdx from 'eslint-plugin-mdx';
import yml from 'eslint-plugin-yml';
import tseslint from 'typescript-eslint';

const TS = ['**/*.{ts,tsx,mts,cts}'];

// Docusaurus reads `## 目标 {#goal}` as a heading with an explicit id; plain MDX reads
// `{#goal}` as a JavaScript expression and fails. Blank the id out (same length, so every
// line and column the linter reports stays right) before eslint-mdx parses the page.
const HEADING_ID = /^(#{1,6}[^\n]*?)(\{#[\w-]+\})[ \t]*$/gm;
const mdxWithHeadingIds = {
  ...mdx.flat.processor,
  meta: {name: 'mdx-docusaurus-heading-ids'},
  preprocess: (text, filename) =>
    mdx.flat.processor.preprocess(text.replace(HEADING_ID, (_m, heading, id) => heading + ' '.repeat(id.length)), filename),
};
const DATA = ['data/**/*.{yaml,yml}'];
const scoped = (configs, files) => configs.map((c) => ({...c, files}));

export default defineConfig(
  globalIgnores(['build/', '.docusaurus/', '.docusaurus*/', 'node_modules/', '.vscode/schema/', 'test-results/', 'bench-results/']),
  {...js.configs.recommended, files: ['**/*.{js,mjs,cjs}', ...TS]},
  scoped(tseslint.configs.recommended, TS),
  {
    files: TS,
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring out a field, positional args).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true}],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: {'react-hooks': reactHooks},
    rules: reactHooks.configs.flat.recommended.rules,
  },
  {...mdx.flat, processor: mdxWithHeadingIds, files: ['docs/**/*.mdx']},
  scoped(yml.configs['flat/recommended'], DATA),
);
