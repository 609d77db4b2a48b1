/** `npm run kb -- search "<query>" [--json] [--limit N]`: what agents will find, best first. */
import fs from 'node:fs';
import path from 'node:path';
import {DOC_TYPE_LABELS} from './format';
import {builtIndexDir, buildFromContent, buildFromSource, fileEngine, loadValidContent, memoryEngine} from './node';
import {emptyStats, rankOf, ratio, record, runLeaveOneOut, type HitStats} from './eval';
import {RELEVANCE, isExpected} from './relevance';
import {HELDOUT, isHeldoutHit} from './heldout';
import {WRITTEN_SETS} from './heldout-sets';

/**
 * `kb search --eval`: hit@1 and hit@5 per kind, on an index built from the sources: the
 * relevance set, the held-out set and leave-one-out over the content's own phrasings.
 */
async function runEval(root: string): Promise<void> {
  const content = loadValidContent(root);
  const engine = memoryEngine(buildFromContent(root, content));
  const rows: [string, string, HitStats][] = [];
  const byKind = new Map<string, HitStats>();
  for (const item of RELEVANCE) {
    const stats = byKind.get(item.kind) ?? byKind.set(item.kind, emptyStats()).get(item.kind)!;
    record(stats, item.q, item.expect, await rankOf(engine, item.q, (url) => isExpected(url, item.expect)));
  }
  for (const [kind, stats] of byKind) rows.push(['相关性集', kind, stats]);
  rows.push(['相关性集', '合计', sum([...byKind.values()])]);
  for (const [set, cases] of [['保留集', HELDOUT], ...Object.entries(WRITTEN_SETS).map(([name, list]) => [`保留集${name}`, list] as const)] as const) {
    const held = new Map<string, HitStats>();
    for (const item of cases) {
      const stats = held.get(item.kind) ?? held.set(item.kind, emptyStats()).get(item.kind)!;
      record(stats, item.q, item.expect.join(' | '), await rankOf(engine, item.q, (url) => isHeldoutHit(url, item.expect)));
    }
    for (const [kind, stats] of held) rows.push([set, kind === 'customer' ? '客户原话' : '客服描述情况', stats]);
    rows.push([set, '合计', sum([...held.values()])]);
  }
  const loo = await runLeaveOneOut(content, (c) => memoryEngine(buildFromContent(root, c)));
  rows.push(['留一法', '问答说法', loo.qa]);
  rows.push(['留一法', '话术使用情境', loo.situation]);

  console.log(`${'集合'.padEnd(6)}${'类别'.padEnd(12)}${'条数'.padStart(6)}${'hit@1'.padStart(9)}${'hit@5'.padStart(9)}`);
  for (const [set, kind, s] of rows) {
    const pct = (k: number) => (s.n ? `${(ratio(k, s.n) * 100).toFixed(1)}%` : '—').padStart(9);
    console.log(`${set.padEnd(6, '　')}${kind.padEnd(12)}${String(s.n).padStart(6)}${pct(s.hit1)}${pct(s.hit5)}`);
  }
  const misses = rows.filter(([, kind]) => kind !== '合计').flatMap(([set, kind, s]) => s.misses.map((m) => `  [${set}·${kind}] ${m.q} → 应为 ${m.expect}`));
  if (misses.length) console.log(`\n前五名没有找到的查询（${misses.length} 条）：\n${misses.join('\n')}`);
}

const sum = (list: HitStats[]): HitStats => ({
  n: list.reduce((t, s) => t + s.n, 0),
  hit1: list.reduce((t, s) => t + s.hit1, 0),
  hit5: list.reduce((t, s) => t + s.hit5, 0),
  misses: [],
});

export async function runSearchCommand(root: string, args: string[]): Promise<void> {
  if (args.includes('--eval')) return runEval(root);
  const json = args.includes('--json');
  const limitAt = args.indexOf('--limit');
  // As many as the search dialog shows, ranked as it ranks them.
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 8;
  const query = args.filter((a, i) => !a.startsWith('--') && !(limitAt >= 0 && i === limitAt + 1)).join(' ');
  if (!query.trim()) throw new Error('用法：npm run kb -- search "<搜索词>" [--json] [--limit N]，或 npm run kb -- search --eval');
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
