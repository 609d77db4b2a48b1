/**
 * @docusaurus/utils is Node code, not a client module: the real package, reached by path
 * past the alias that maps @docusaurus/* to these doubles. The search sources import it;
 * component tests build the search index in memory (mocks/search.ts).
 */
export {createSlugger} from '../../../../node_modules/@docusaurus/utils/lib/index.js';
