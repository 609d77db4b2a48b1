/**
 * Loads and validates the knowledge-base data, then hands it to pages through
 * Docusaurus' own APIs: global data for the small shared parts, `createData` + `addRoute`
 * for the Q&A category pages, the phrase library, phrase pages and the practice pages.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadContent, type KbContent} from '../../core/load';
import {ContentError} from '../../core/issues';
import {addKbRoutes} from './routes';
import type {SiteSettings} from '../../core/site';

export default function kbContentPlugin(context: LoadContext): Plugin<KbContent> {
  return {
    name: 'kb-content',
    getPathsToWatch: () => ['data/**/*.{yaml,yml}', 'docs/**/*.{md,mdx}'].map((g) => `${context.siteDir}/${g}`),
    async loadContent() {
      const {content, issues} = loadContent(context.siteDir);
      if (issues.length) throw new ContentError(issues);
      return content;
    },
    async contentLoaded({content, actions}) {
      await addKbRoutes(content, actions, context.baseUrl, context.siteDir, context.siteConfig.customFields!.site as SiteSettings);
    },
  };
}
