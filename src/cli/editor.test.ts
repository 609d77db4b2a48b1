/**
 * `kb diff`, `kb impact` and `kb review` as editors run them (a child process), on a git
 * copy of the real content: a change to one policy fact must show every reply and
 * answer it touches, before → after.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {policyImpact} from '../core/impact';
import {runKb} from './runKb';

const REPO = path.resolve(__dirname, '../..');
let root = '';

const kb = (args: string[]) => runKb(args, root);

const git = (...args: string[]) => execFileSync('git', args, {cwd: root, stdio: 'pipe'}).toString();

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-diff-test-'));
  for (const part of ['data', 'docs']) fs.cpSync(path.join(REPO, part), path.join(root, part), {recursive: true});
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base');
});
afterAll(() => fs.rmSync(root, {recursive: true, force: true}));

/** Set a fact's value in whichever policy file holds it; throws if the fact is not found. */
function setFact(id: string, value: number) {
  const dir = path.join(root, 'data/policies');
  for (const f of fs.readdirSync(dir)) {
    const file = path.join(dir, f);
    const text = fs.readFileSync(file, 'utf8');
    const re = new RegExp(`(- id: ${id}\\n(?:  .*\\n)*?  value: )\\d+`);
    if (re.test(text)) return fs.writeFileSync(file, text.replace(re, `$1${value}`));
  }
  throw new Error(`fact ${id} not found`);
}

describe('kb diff / impact / review', {timeout: 180_000}, () => {
  it('diff: changing return_window_days 7 → 15 lists every entry that shows it, before → after', async () => {
    setFact('return_window_days', 15);
    let r;
    try {
      r = await kb(['diff', 'main']);
    } finally {
      git('checkout', '-q', '--', '.');
    }
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('`return_window_days`');
    expect(r.stdout).toMatch(/7 天 → 15 天/);
    // Every data entry that quotes the fact appears under 修改 with a 改后 line saying 15 天.
    const quoted = [...new Set(policyImpact(root, 'return_window_days').filter((s) => s.how === 'quote' && s.file.startsWith('data/')).map((s) => s.entry))];
    expect(quoted.length).toBeGreaterThan(0);
    for (const id of quoted) {
      const section = r.stdout.split('#### ').find((s) => s.includes(`\`${id}\``));
      expect(section, `${id} missing from the diff`).toBeDefined();
      expect(section).toMatch(/改前：.*7 天/);
      expect(section).toMatch(/改后：.*15 天/);
    }
  });

  it('diff: an unchanged tree says so; an unknown base is a Chinese error', async () => {
    expect((await kb(['diff', 'main'])).stdout).toContain('没有影响客服所见内容的变更');
    const bad = await kb(['diff', 'no-such-branch']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('找不到基准版本');
  });

  it('impact: names file, line and entry for each place a fact is shown', async () => {
    const r = await kb(['impact', 'return_window_days']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/直接显示/);
    expect(r.stdout).toMatch(/data\/[\w/-]+\.yaml:\d+ {2}[a-z0-9-]+/);
    const unknown = await kb(['impact', 'return_window']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('return_window_days');
  });

  it('review: lists entries due within the window by owner, and nothing when all are fresh', async () => {
    const later = await kb(['review', '--today', '2099-01-01', '--within', '0']);
    expect(later.stdout).toMatch(/已过期 \d+ 天/);
    const fresh = await kb(['review', '--today', '2000-01-01', '--within', '1']);
    expect(fresh.stdout).not.toMatch(/已过期 \d+ 天/);
  });
});
