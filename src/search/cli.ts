/** `npm run kb -- search "<query>" [--json] [--limit N]`: what agents will find, best first. */
import fs from 'node:fs';
import path from 'node:path';
import {DOC_TYPE_LABELS} from './format';
import {builtIndexDir, buildFromSource, fileEngine, memoryEngine} from './node';

export async function runSearchCommand(root: string, args: string[]): Promise<void> {
  const json = args.includes('--json');
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 10;
  const query = args.filter((a, i) => !a.startsWith('--') && !(limitAt >= 0 && i === limitAt + 1)).join(' ');
  if (!query.trim()) throw new Error('用法：npm run kb -- search "<搜索词>" [--json] [--limit N]');
  if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit 应为正整数');

  const dir = builtIndexDir(path.join(root, 'build'));
  if (dir && newestSource(root) > fs.statSync(dir).mtimeMs) {
    console.error('（注意：data/ 或 docs/ 在上次构建之后有改动，结果来自旧索引；运行 npm run build 更新）');
  }
  if (!dir) console.error('（没有找到 build/ 中的索引，已从源文件临时构建；运行 npm run build 后查询的就是站点上的索引）');
  const engine = dir ? fileEngine(dir) : memoryEngine(buildFromSource(root));
  const {results, partial, suggestions} = await engine.search(query, {limit});

  if (json) {
    console.log(JSON.stringify(results.map((r) => ({type: r.type, title: r.title, url: r.url, snippet: r.snippet})), null, 2));
    return;
  }
  if (!results.length) {
    console.log(`没有找到与“${query}”相关的内容。${suggestions.length ? `试试：${suggestions.join('、')}` : ''}`);
    return;
  }
  if (partial) console.log('没有同时包含所有词的结果，以下为部分匹配：\n');
  results.forEach((r, i) => {
    const mark = r.titleSegments.map((s) => (s.hit ? `【${s.text}】` : s.text)).join('');
    console.log(`${String(i + 1).padStart(2)}. [${DOC_TYPE_LABELS[r.type]}] ${mark}\n    ${r.crumb.join(' › ')}  ${r.url}\n    ${r.snippet}\n`);
  });
}

/** Latest modification time of the content the index is built from. */
function newestSource(root: string): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else newest = Math.max(newest, fs.statSync(abs).mtimeMs);
    }
  };
  walk(path.join(root, 'data'));
  walk(path.join(root, 'docs'));
  return newest;
}
