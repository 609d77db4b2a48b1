/**
 * Test double for @docusaurus/useGlobalData: the kb-content plugin's global data, built
 * from the real data/ folder with the same function the plugin uses.
 */
import path from 'node:path';
import {loadContent} from '../../../core/load';
import {toGlobalData} from '../../../core/views';

let cached: ReturnType<typeof toGlobalData> | null = null;
function kbData() {
  cached ??= toGlobalData(loadContent(path.resolve(__dirname, '../../../..')).content);
  return cached;
}

export function usePluginData(name: string): unknown {
  if (name === 'kb-content') return kbData();
  return undefined;
}

export function useAllPluginInstancesData(name: string): unknown {
  return name === 'kb-content' ? {default: kbData()} : {};
}

export default function useGlobalData(): Record<string, unknown> {
  return {'kb-content': {default: kbData()}};
}
