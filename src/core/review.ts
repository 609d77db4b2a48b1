/**
 * `kb review`: entries past or near their review date, grouped by owner. A Q&A entry or a
 * phrase is due `SITE.reviewIntervalDays` after its `reviewed` date; phrases without an
 * owner or date are listed too, since nobody is keeping them right.
 */
import type {KbContent} from './load';
import {SITE} from './site';
import {reviewDue} from './views';

export interface ReviewItem {
  kind: 'qa' | 'phrase';
  id: string;
  title: string;
  owner: string | null;
  reviewed: string | null;
  due: string | null;
  /** Days until due (negative when overdue); null when there is no review date. */
  daysLeft: number | null;
  file: string;
  line: number;
}

const DAY = 86_400_000;

export function reviewList(c: KbContent, opts: {today: string; within: number; owner?: string}): ReviewItem[] {
  const today = Date.parse(`${opts.today}T00:00:00Z`);
  const item = (kind: ReviewItem['kind'], id: string, title: string, owner: string | undefined, reviewed: string | undefined): ReviewItem => {
    const due = reviewed ? reviewDue(reviewed) : null;
    const origin = c.origins[`${kind}:${id}`];
    return {kind, id, title, owner: owner ?? null, reviewed: reviewed ?? null, due, daysLeft: due ? Math.round((Date.parse(`${due}T00:00:00Z`) - today) / DAY) : null, file: origin?.file ?? '', line: origin?.line ?? 0};
  };
  const all = [...c.qa.map((q) => item('qa', q.id, q.question, q.owner, q.reviewed)), ...c.phrases.map((p) => item('phrase', p.id, p.title, p.owner, p.reviewed))];
  return all
    .filter((i) => i.daysLeft === null || i.daysLeft <= opts.within)
    .filter((i) => !opts.owner || (i.owner ?? '').includes(opts.owner))
    .sort((a, b) => (a.daysLeft ?? -Infinity) - (b.daysLeft ?? -Infinity));
}

export function formatReview(items: ReviewItem[], within: number): string {
  if (!items.length) return `没有 ${within} 天内到期或已过期的条目。`;
  const byOwner = new Map<string, ReviewItem[]>();
  for (const i of items) byOwner.set(i.owner ?? '（未指定负责人）', [...(byOwner.get(i.owner ?? '（未指定负责人）') ?? []), i]);
  const label = (i: ReviewItem) =>
    i.daysLeft === null ? '没有复核日期' : i.daysLeft < 0 ? `已过期 ${-i.daysLeft} 天（应于 ${i.due} 复核）` : i.daysLeft === 0 ? `今天到期（${i.due}）` : `${i.daysLeft} 天后到期（${i.due}）`;
  const parts: string[] = [`共 ${items.length} 条需要复核（已过期、${within} 天内到期或没有复核日期），复核周期 ${SITE.reviewIntervalDays} 天：`];
  for (const [owner, list] of [...byOwner].sort((a, b) => a[0].localeCompare(b[0], 'zh'))) {
    parts.push('', `${owner}（${list.length} 条）`);
    for (const i of list) parts.push(`  ${i.file}:${i.line}  ${i.kind === 'qa' ? '问答' : '话术'} ${i.id}  ${label(i)}\n    ${i.title}`);
  }
  return parts.join('\n');
}
