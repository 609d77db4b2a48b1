/**
 * The editors' review commands of `kb`: `diff` (what a change means for agents), `impact`
 * (where a policy fact is shown) and `review` (entries due for review).
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadContent} from '../core/load';
import {renderedEntries} from '../core/rendered';
import {diffMarkdown, diffRendered} from '../core/diff';
import {formatImpact, policyImpact} from '../core/impact';
import {formatReview, reviewList} from '../core/review';

export const EDITOR_HELP = `  diff <基准> [--out 文件]        与基准版本（分支、标签或提交，例如 origin/main）比较，
                                 以 Markdown 列出新增、删除、修改的条目，以及每条受影响的回复改前 → 改后
  impact <政策 id>               列出显示这条政策的每一处（文件:行、条目、字段）
  review [--owner 名字] [--within 天数]   列出已过期或即将到期（默认 30 天内）需要复核的问答和话术，按负责人分组`;

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const optionValue = (rest: string[], name: string) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
};

/** The content tree (data/ and docs/) at a git ref, extracted into a temporary folder. */
function checkoutContent(root: string, ref: string): string {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {cwd: root, stdio: 'pipe'});
  } catch {
    fail(`找不到基准版本“${ref}”：请写分支名、标签或提交号（例如 origin/main）；在 CI 里先 git fetch 基准分支（actions/checkout 设 fetch-depth: 0）。`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-diff-'));
  for (const part of ['data', 'docs']) {
    let tar: Buffer;
    try {
      tar = execFileSync('git', ['archive', '--format=tar', ref, part], {cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024});
    } catch {
      continue; // the base has no such folder: everything in it is new
    }
    execFileSync('tar', ['-x', '-C', dir], {input: tar});
  }
  return dir;
}

function renderTree(root: string, label: string) {
  const {content, issues} = loadContent(root);
  if (issues.length) console.error(`注意：${label}有 ${issues.length} 处校验问题（npm run kb -- check 查看），这些条目未计入比较。`);
  return renderedEntries(root, content);
}

export function runEditorCommand(root: string, cmd: 'diff' | 'impact' | 'review', rest: string[]): void {
  const args = rest.filter((a, i) => !a.startsWith('--') && !(i > 0 && rest[i - 1]!.startsWith('--')));
  if (cmd === 'diff') {
    const base = args[0] ?? fail('用法：npm run kb -- diff <基准>，例如 npm run kb -- diff origin/main');
    const dir = checkoutContent(root, base);
    try {
      const md = diffMarkdown(diffRendered(renderTree(dir, `基准版本 ${base} `), renderTree(root, '当前版本')), base);
      const out = optionValue(rest, 'out');
      if (out) fs.writeFileSync(out, `${md}\n`);
      else console.log(md);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
    return;
  }
  if (cmd === 'impact') {
    const id = args[0] ?? fail('用法：npm run kb -- impact <政策 id>，例如 npm run kb -- impact return_window_days');
    const {content} = loadContent(root);
    if (!content.policies.some((p) => p.id === id)) {
      const near = content.policies.map((p) => p.id).filter((p) => p.includes(id) || id.includes(p) || p.split('_')[0] === id.split('_')[0]);
      fail(`没有 id 为 ${id} 的政策。${near.length ? `是不是：${near.slice(0, 8).join('、')}？` : '政策在 data/policies/ 里。'}`);
    }
    console.log(formatImpact(id, policyImpact(root, id)));
    return;
  }
  const within = Number(optionValue(rest, 'within') ?? 30);
  if (!Number.isFinite(within) || within < 0) fail(`--within 应为不小于 0 的天数，现在是 ${optionValue(rest, 'within')}`);
  const today = optionValue(rest, 'today') ?? new Date().toISOString().slice(0, 10);
  const {content} = loadContent(root);
  console.log(formatReview(reviewList(content, {today, within, owner: optionValue(rest, 'owner')}), within));
}
