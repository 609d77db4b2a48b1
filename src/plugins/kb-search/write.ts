/** Collects the search documents from all loaded content and writes the index files. */
import fs from 'node:fs';
import path from 'node:path';
import type {AllContent, LoadContext} from '@docusaurus/types';
import type {KbContent} from '../../core/load';
import {buildIndex} from '../../search/build';
import {INDEX_ROOT} from '../../search/format';
import {allSearchDocs, indexOptions, sectionOf, type DocPage} from '../../search/sources';

export interface SearchGlobalData {
  /** URL of the index folder, ending in a slash. */
  base: string;
  docs: number;
}

interface LoadedDoc {
  source: string;
  permalink: string;
  title: string;
}

export function docPages(context: LoadContext, allContent: AllContent): DocPage[] {
  const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
    | {loadedVersions: {docs: LoadedDoc[]}[]}
    | undefined;
  const docs = docsContent?.loadedVersions[0]?.docs ?? [];
  return docs.map((d) => {
    const rel = d.source.replace(/^@site\//, '');
    return {file: path.join(context.siteDir, rel), permalink: d.permalink, title: d.title, section: sectionOf(rel.replace(/^docs\//, ''))};
  });
}

export async function writeSearchIndex(context: LoadContext, allContent: AllContent, dirName: string): Promise<SearchGlobalData> {
  const content = allContent['kb-content']?.default as KbContent;
  const pages = docPages(context, allContent);
  const built = buildIndex(allSearchDocs(pages, content), indexOptions(content));
  const root = path.join(context.generatedFilesDir, dirName, INDEX_ROOT.slice(1));
  fs.rmSync(root, {recursive: true, force: true});
  const dir = path.join(root, built.hash);
  for (const [name, text] of built.files) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    fs.writeFileSync(path.join(dir, name), text);
  }
  return {base: `${context.baseUrl.replace(/\/$/, '')}${INDEX_ROOT}/${built.hash}/`, docs: built.stats.docs};
}
