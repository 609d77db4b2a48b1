import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from '../../core/load';
import {ALL_ITEMS, LEARNING_PATH, PASS_SCORE, findPage, isDone, itemHref, pathProgress} from './path';

const ROOT = path.resolve(__dirname, '../../..');
const {content} = loadContent(ROOT);

/** docs route → the MDX file behind it (docs here have no custom slugs). */
function docFile(route: string): string {
  const rel = route.replace(/^\/docs\/?/, '');
  const candidates = [`${rel}.mdx`, `${rel}.md`, `${rel}/index.mdx`, `${rel}/index.md`].map((f) => path.join(ROOT, 'docs', f));
  const hit = candidates.find((f) => fs.existsSync(f));
  if (!hit) throw new Error(`找不到 ${route} 对应的文件`);
  return hit;
}

describe('the learning path data', () => {
  it('runs over five days with outcomes and items on each', () => {
    expect(LEARNING_PATH.map((d) => d.day)).toEqual([1, 2, 3, 4, 5]);
    for (const day of LEARNING_PATH) {
      expect(day.outcomes.length).toBeGreaterThan(0);
      expect(day.items.length).toBeGreaterThan(0);
    }
  });

  it('links pages that exist, under the titles they carry', () => {
    for (const {item} of ALL_ITEMS) {
      if (item.kind !== 'doc') continue;
      expect(content.docRoutes, item.to).toContain(item.to);
      const title = /^title:\s*(.+)$/m.exec(fs.readFileSync(docFile(item.to), 'utf8'))?.[1]?.trim();
      expect(title, item.to).toBe(item.title);
    }
  });

  it('estimates reading time in line with the page length', () => {
    for (const {item} of ALL_ITEMS) {
      if (item.kind !== 'doc') continue;
      const chars = (fs.readFileSync(docFile(item.to), 'utf8').match(/[\u4e00-\u9fff]/g) ?? []).length;
      expect(item.minutes, `${item.to}：${chars} 字`).toBeGreaterThanOrEqual(Math.floor(chars / 600));
      expect(item.minutes, `${item.to}：${chars} 字`).toBeLessThanOrEqual(Math.ceil(chars / 200) + 2);
    }
  });

  it('links scenarios that exist, under their titles, and ends with a final check', () => {
    for (const {item} of ALL_ITEMS) {
      if (item.kind !== 'scenario') continue;
      const scenario = content.scenarios.find((s) => s.id === item.id);
      expect(scenario, item.id).toBeDefined();
      expect(item.title).toBe(scenario!.title);
    }
    const finals = LEARNING_PATH.at(-1)!.items.filter((i) => i.kind === 'scenario' && i.pass === PASS_SCORE);
    expect(finals.length).toBeGreaterThanOrEqual(3);
  });

  it('lists every item once', () => {
    const hrefs = ALL_ITEMS.map(({item}) => itemHref(item));
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});

describe('progress over the path', () => {
  const first = ALL_ITEMS[0]!.item;
  const final = ALL_ITEMS.find(({item}) => item.kind === 'scenario' && item.pass)!.item;

  it('starts at zero with the first item next', () => {
    const p = pathProgress({}, {});
    expect(p.done).toBe(0);
    expect(p.total).toBe(ALL_ITEMS.length);
    expect(p.next?.item).toBe(first);
  });

  it('counts pages read and scenarios finished; final checks only once passed', () => {
    expect(isDone(first, {[itemHref(first)]: '2026-01-05T08:00:00Z'}, {})).toBe(true);
    const id = final.kind === 'scenario' ? final.id : '';
    expect(isDone(final, {}, {[id]: {last: 60, best: 60, runs: 1, at: ''}})).toBe(false);
    expect(isDone(final, {}, {[id]: {last: 60, best: PASS_SCORE, runs: 2, at: ''}})).toBe(true);
    const p = pathProgress({[itemHref(first)]: 'x'}, {});
    expect(p.done).toBe(1);
    expect(p.days[0]!.done).toBe(1);
    expect(p.next?.item).toBe(ALL_ITEMS[1]!.item);
  });

  it('finds a page on the path with its day and the step after it', () => {
    const place = findPage('/docs/sop/reception/');
    expect(place?.day.day).toBe(2);
    expect(place?.after && itemHref(place.after)).toBe('/docs/sop/identify');
    expect(findPage('/docs/nowhere')).toBeNull();
  });
});

describe('scenario results', () => {
  it('never shows a failed final check as done', async () => {
    const {resultBadge} = await import('./path');
    expect(resultBadge({best: 20, runs: 1}, 80)).toEqual({state: 'failed', text: '✗ 未过关（80 分过关）· 最好 20 分 · 练过 1 次'});
    expect(resultBadge({best: 80, runs: 2}, 80).state).toBe('passed');
    expect(resultBadge({best: 20, runs: 1}, undefined)).toEqual({state: 'practised', text: '✓ 已练习 · 最好 20 分 · 练过 1 次'});
  });

  it('knows the step after each scenario on the path', async () => {
    const {findScenario, LEARNING_PATH} = await import('./path');
    const first = LEARNING_PATH[0]!.items.find((i) => i.kind === 'scenario')!;
    const place = findScenario(first.kind === 'scenario' ? first.id : '')!;
    expect(place.day.day).toBe(1);
    expect(place.after).toEqual(LEARNING_PATH[1]!.items[0]);
    const last = LEARNING_PATH.at(-1)!.items.at(-1)!;
    expect(findScenario(last.kind === 'scenario' ? last.id : '')!.after).toBeNull();
    expect(findScenario('no-such-scenario')).toBeNull();
  });
});
