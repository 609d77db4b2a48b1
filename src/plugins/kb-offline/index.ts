/**
 * Offline use and visible staleness: compiles this build's version into the pages, links
 * the web app manifest, registers the service worker from the browser, and after the
 * build writes the worker with the list of every file to keep offline.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import logger from '@docusaurus/logger';
import {readBuildInfo} from './buildInfo';
import {describeStats, writeOfflineFiles} from './precache';
import {WEB_MANIFEST_FILE} from '../../sw/routes';
import {applyCspToBuild} from '../../core/csp';

export default function kbOfflinePlugin(context: LoadContext): Plugin<void> {
  const build = readBuildInfo(context.siteDir);
  const production = process.env.NODE_ENV === 'production';
  return {
    name: 'kb-offline',
    getClientModules: () => [path.resolve(__dirname, '../../sw/register.ts')],
    configureWebpack: (_config, _isServer, {currentBundler}) => ({
      plugins: [
        new currentBundler.instance.DefinePlugin({
          'process.env.KB_BUILD_INFO': JSON.stringify(JSON.stringify(build)),
          'process.env.KB_SW_ENABLED': JSON.stringify(production ? 'true' : ''),
          'process.env.KB_BASE_URL': JSON.stringify(context.baseUrl),
        }),
      ],
    }),
    injectHtmlTags: () =>
      production
        ? {
            headTags: [
              {tagName: 'link', attributes: {rel: 'manifest', href: `${context.baseUrl}${WEB_MANIFEST_FILE}`}},
              {tagName: 'meta', attributes: {name: 'theme-color', content: '#0f766e'}},
            ],
          }
        : {},
    async postBuild({outDir}) {
      // The pages must be final before the worker's file list hashes them.
      applyCspToBuild(outDir);
      const stats = await writeOfflineFiles(outDir, context.baseUrl, build);
      logger.info(describeStats(stats));
    },
  };
}
