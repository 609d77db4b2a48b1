/**
 * Test double for src/client/search.ts in component tests (merged over the real module in
 * setup.ts): `useSearchEngine` returns the real engine over an index built in memory by
 * the real builder from the real Q&A entries, synonyms and policies, with the fixed test
 * phrases (mocks/generated/phrases.ts) in place of data/phrases/, so a page's search and
 * the phrases it was given agree. The browser fetches the same kind of files from
 * /kb-index/<hash>/.
 */
import path from 'node:path';
import type {Phrase} from '../../core/schema';
import {loadContent} from '../../core/load';
import type {SearchEngine} from '../../search/engine';
import {buildIndex} from '../../search/build';
import {memoryEngine} from '../../search/node';
import {contentDocs, indexOptions} from '../../search/sources';
import phrases from './generated/phrases';

function build(): SearchEngine {
  const {content} = loadContent(path.resolve(__dirname, '../../..'));
  const docs = contentDocs({...content, phrases: phrases as unknown as Phrase[]});
  return memoryEngine(buildIndex(docs, indexOptions(content)));
}

// Built when a test file first imports the search (while it is collected, outside any test's timeout).
const engine: SearchEngine = build();
export const testEngine = (): SearchEngine => engine;

export function useSearchEngine(): SearchEngine {
  return engine;
}
