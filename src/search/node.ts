/** Node-side access to the index: from a finished build, or built in memory from the sources. */
import fs from 'node:fs';
import path from 'node:path';
import {loadContent, type KbContent} from '../core/load';
import {ContentError} from '../core/issues';
import {buildIndex, type BuiltIndex} from './build';
import {INDEX_ROOT} from './format';
import {SearchEngine} from './engine';
import {allSearchDocs, indexOptions, sectionOf, type DocPage} from './sources';

/** The docs pages as the docs plugin routes them (default routing, front-matter title). */
export function docPagesFromSource(root: string, routes: string[]): DocPage[] {
  return routes.flatMap((route) => {
    const rel = route.replace(/^\/docs\/?/, '') || 'index';
    const candidates = [`${rel}.mdx`, `${rel}.md`, `${rel}/index.mdx`, `${rel}/index.md`].map((f) => path.join(root, 'docs', f));
    const file = candidates.find((f) => fs.existsSync(f));
    if (!file) return [];
    const source = fs.readFileSync(file, 'utf8');
    const title = /^title:\s*(.+)$/m.exec(source)?.[1]?.trim().replace(/^['"]|['"]$/g, '') ?? /^# (.+)$/m.exec(source)?.[1] ?? rel;
    return [{file, permalink: route, title, section: sectionOf(rel)}];
  });
}

export function loadValidContent(root: string): KbContent {
  const {content, issues} = loadContent(root);
  if (issues.length) throw new ContentError(issues);
  return content;
}

/** The index of `content` with the docs pages under `root` (the evaluation passes edited content). */
export function buildFromContent(root: string, content: KbContent): BuiltIndex {
  const pages = docPagesFromSource(root, content.docRoutes);
  return buildIndex(allSearchDocs(pages, content), indexOptions(content));
}

export const buildFromSource = (root: string): BuiltIndex => buildFromContent(root, loadValidContent(root));

export const memoryEngine = (built: BuiltIndex) =>
  new SearchEngine({
    text: async (name) => {
      const text = built.files.get(name);
      if (text === undefined) throw new Error(`索引中没有文件 ${name}`);
      return text;
    },
  });

/** The index folder of a finished build, or null. */
export function builtIndexDir(buildDir: string): string | null {
  const root = path.join(buildDir, INDEX_ROOT.slice(1));
  if (!fs.existsSync(root)) return null;
  const dirs = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'meta.json')));
  dirs.sort((a, b) => fs.statSync(path.join(root, b)).mtimeMs - fs.statSync(path.join(root, a)).mtimeMs);
  return dirs[0] ? path.join(root, dirs[0]) : null;
}

export const fileEngine = (dir: string) =>
  new SearchEngine({text: async (name) => fs.promises.readFile(path.join(dir, name), 'utf8')});
