/**
 * The search plugin: builds the index from the loaded content and the docs' MDX once all
 * content is loaded, writes it as static files (served in dev and copied into the build),
 * tells the browser where it is through global data, and adds the /search page.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {writeSearchIndex, type SearchGlobalData} from './write';
import {KB_ROUTES} from '../../core/views';

/** Relative to the generated files folder; docusaurus.config.ts lists it in staticDirectories. */
export const SEARCH_STATIC_DIR = 'kb-search';

export default function kbSearchPlugin(context: LoadContext): Plugin<void> {
  return {
    name: 'kb-search',
    getClientModules: () => [path.resolve(__dirname, '../../client/highlightTerms.ts')],
    async allContentLoaded({allContent, actions}) {
      const data: SearchGlobalData = await writeSearchIndex(context, allContent, SEARCH_STATIC_DIR);
      actions.setGlobalData(data);
    },
    async contentLoaded({actions}) {
      actions.addRoute({
        path: `${context.baseUrl.replace(/\/$/, '')}${KB_ROUTES.search}`,
        component: '@site/src/views/SearchPage',
        exact: true,
      });
    },
  };
}
