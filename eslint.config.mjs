// Lint for code, pages and data (`npm run lint` runs this, then the content lint `kb lint`).
// TypeScript: typescript-eslint's recommended rules; React components also get the hooks
// rules. Pages: docs/**/*.mdx through eslint-plugin-mdx (the MDX must parse). Data:
// data/**/*.yaml through eslint-plugin-yml (syntax, tabs, empty values), before the
// schema check of `kb check` gives the field-level errors.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import * as mdx from 'eslint-plugin-mdx';
import yml from 'eslint-plugin-yml';
import tseslint from 'typescript-eslint';

const TS = ['**/*.{ts,tsx,mts,cts}'];
const DATA = ['data/**/*.{yaml,yml}'];
const scoped = (configs, files) => configs.map((c) => ({...c, files}));

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      '.docusaurus*/',
      'node_modules/',
      '.vscode/schema/',
      'test-results/',
      'bench-results/',
      'src/core/__fixtures__/',
    ],
  },
  {...js.configs.recommended, files: ['**/*.{js,mjs,cjs}', ...TS]},
  ...scoped(tseslint.configs.recommended, TS),
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
  {...mdx.flat, files: ['docs/**/*.mdx']},
  ...scoped(yml.configs['flat/recommended'], DATA),
);
