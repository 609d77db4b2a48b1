/**
 * Links from a page back to its source: "编辑此页" (the file, and the entry's line for
 * YAML) and "内容有误？" (a prefilled new-issue form) on GitHub, GitLab or Gitea. Pure
 * functions, used at build time for entry pages and in the browser for docs pages.
 */
import type {RepoSettings} from './site';
import {LONE_SURROGATE} from './safeText';

/** Lone UTF-16 surrogates make `encodeURIComponent` throw; they become U+FFFD first. */
const enc = (s: string) => encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD'));
const path = (file: string) => file.split('/').map(enc).join('/');

/** The page that edits `file`; for a YAML entry, the file opened at the entry's line. */
export function editUrl(repo: RepoSettings, file: string, line?: number): string {
  const {url, branch, host} = repo;
  const b = enc(branch);
  if (line) {
    // Edit forms do not open at a line; the file view does, with its edit button beside it.
    if (host === 'github') return `${url}/blob/${b}/${path(file)}#L${line}`;
    if (host === 'gitlab') return `${url}/-/blob/${b}/${path(file)}#L${line}`;
    return `${url}/src/branch/${b}/${path(file)}#L${line}`;
  }
  if (host === 'github') return `${url}/edit/${b}/${path(file)}`;
  if (host === 'gitlab') return `${url}/-/edit/${b}/${path(file)}`;
  return `${url}/_edit/${b}/${path(file)}`;
}

export interface ReportContext {
  /** What the reader was looking at: 问答 / 话术 / 情景模拟 / 文档页. */
  kind: string;
  id: string;
  title: string;
  pageUrl: string;
  file: string;
  line?: number;
  /** The policy facts the entry quotes or relies on, with the values shown today. */
  facts?: {id: string; label: string; display: string}[];
}

export const REPORT_LABEL = '内容纠错';

export function reportBody(c: ReportContext): string {
  const facts = c.facts?.length ? c.facts.map((f) => `- ${f.label}（\`${f.id}\`）：${f.display}`).join('\n') : '（无）';
  return [
    `**页面**：${c.pageUrl}`,
    `**条目**：${c.kind} \`${c.id}\`（${c.file}${c.line ? `:${c.line}` : ''}）`,
    '',
    '**引用的政策（当前值）**：',
    facts,
    '',
    '**哪里有误？**',
    '（请写明有误的句子）',
    '',
    '**应该怎么写？依据是什么？**',
    '（政策文件、公告链接或截图）',
  ].join('\n');
}

/** A new-issue form with title, body and label filled in. */
export function reportUrl(repo: RepoSettings, c: ReportContext): string {
  const title = `内容有误：${c.kind} ${c.id}（${c.title}）`;
  const body = reportBody(c);
  if (repo.host === 'gitlab') return `${repo.url}/-/issues/new?issue[title]=${enc(title)}&issue[description]=${enc(body)}`;
  if (repo.host === 'gitea') return `${repo.url}/issues/new?title=${enc(title)}&body=${enc(body)}&labels=${enc(REPORT_LABEL)}`;
  return `${repo.url}/issues/new?title=${enc(title)}&body=${enc(body)}&labels=${enc(REPORT_LABEL)}`;
}
