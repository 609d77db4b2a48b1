/**
 * The `kb` command line, run as editors run it (a child process), on fixture sites through
 * `KB_ROOT`: exit codes, the file named in errors, the JSON of `stats --json`, help.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {VALID_ROOT, editValid, makeTree, removeTrees} from '../core/__fixtures__/tree';

const REPO = path.resolve(__dirname, '../..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');

afterAll(removeTrees);

// Each run is a separate process, about a second on an idle machine.
function kb(args: string[], root = VALID_ROOT): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(REPO, 'src/cli/kb.ts'), ...args], {
      cwd: REPO,
      env: {...process.env, KB_ROOT: root, NO_COLOR: '1'},
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}

// Sequential on purpose: each run compiles kb.ts with tsx, and on a busy two-core machine
// parallel runs only slow each other down.
describe('npm run kb', {timeout: 120_000}, () => {
  describe('kb check', () => {
    it('exits 0 on a valid tree and says what it checked', async () => {
      const r = await kb(['check']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe('内容校验通过：1 条问答、2 条话术（6 个变体）、2 条政策、1 个情景、5 个文档页。');
    });

    it('exits 1 on a bad tree, reporting every wrong file with line, path, problem and fix', async () => {
      const root = makeTree({
        'data/policies/refund.yaml': editValid('data/policies/refund.yaml', 'value: 3', 'value: [1, 2]'),
        'data/qa/refund.yaml': editValid('data/qa/refund.yaml', 'phrases: [refund-progress]', 'phrases: [refund-status]'),
      });
      const r = await kb(['check'], root);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('内容校验失败，共 2 处问题：');
      expect(r.stderr).toContain(
        'data/policies/refund.yaml:3:10  [0].value（条目 refund_days）\n  问题：value 的类型不对：现在是列表\n  修改：value 应为数字或文本',
      );
      expect(r.stderr).toContain(
        'data/qa/refund.yaml:10:13  [0].phrases[0]（条目 refund-arrival-time）\n  问题：引用了不存在的话术：refund-status\n  修改：改为已有的话术（greeting / refund-progress），或先在 data/phrases/ 中添加它',
      );
    });

    it('exits 1 on a YAML syntax error, naming file and line', async () => {
      const root = makeTree({'data/phrases/reception.yaml': editValid('data/phrases/reception.yaml', 'title: 标准开场白', 'title: 标准开场白: 接待')});
      const r = await kb(['check'], root);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/data\/phrases\/reception\.yaml:2:\d+ {2}\(YAML 语法\)\n {2}问题：YAML 语法错误：/);
    });
  });

  describe('kb stats', () => {
    it('--json prints the documented counts as JSON', async () => {
      const r = await kb(['stats', '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({
        docPages: 5,
        qaEntries: 1,
        categories: 2,
        stages: 5,
        phrases: 2,
        variants: 6,
        policyFacts: 2,
        scenarios: 1,
      });
    });

    it('prints a table without --json', async () => {
      const r = await kb(['stats']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^phrases\s+2$/m);
      expect(r.stdout).toMatch(/^qaEntries\s+1$/m);
    });

    it('exits 1 instead of counting a bad tree', async () => {
      const root = makeTree({'data/policies/refund.yaml': editValid('data/policies/refund.yaml', '  label: 退款到账时间\n', '')});
      const r = await kb(['stats', '--json'], root);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('data/policies/refund.yaml:1:3  [0].label（条目 refund_days）');
    });
  });

  describe('kb lint', () => {
    it('exits 0 on the valid tree', async () => {
      const r = await kb(['lint']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('内容检查通过：2 条话术、1 条问答、5 个文档页。');
    });

    it('exits 1 on a bare refusal, and on a page that breaks the typography rule', async () => {
      const root = makeTree({
        'data/phrases/reception.yaml': editValid('data/phrases/reception.yaml', '您好，我是客服{agent}，请说。', '您好，我是客服{agent}，这个不能退。'),
        'docs/sop/close.md': '---\ntitle: close\n---\n\n# 结束\n\n请在SKU页面核对后回访。\n',
      });
      const r = await kb(['lint'], root);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('data/phrases/reception.yaml:10  greeting  [生硬拒绝] [简洁] 出现“不能”却没有给出替代方案');
      expect(r.stderr).toContain('docs/sop/close.md:7  sop/close  [排版]');
      expect(r.stderr).toContain('内容检查发现 2 处问题。');
    });
  });

  describe('kb schema', () => {
    it('writes the JSON Schemas and the VS Code mapping; --check then passes', async () => {
      const root = makeTree();
      expect((await kb(['schema', '--check'], root)).code).toBe(1);
      const write = await kb(['schema'], root);
      expect(write.code).toBe(0);
      expect(write.stdout).toContain('已生成 10 个 JSON Schema');
      expect(fs.existsSync(path.join(root, '.vscode/schema/phrases.schema.json'))).toBe(true);
      const settings = JSON.parse(fs.readFileSync(path.join(root, '.vscode/settings.json'), 'utf8')) as Record<string, Record<string, string[]>>;
      expect(settings['yaml.schemas']?.['./.vscode/schema/phrases.schema.json']).toEqual(['data/phrases/*.yaml']);
      const check = await kb(['schema', '--check'], root);
      expect(check.code).toBe(0);
      expect(check.stdout).toContain('JSON Schema 是最新的。');
    });
  });

  describe('kb help', () => {
    it.each([{args: ['--help']}, {args: []}])('kb $args prints usage', async ({args}) => {
      const r = await kb(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('用法：npm run kb -- <命令> [选项]');
      for (const cmd of ['check', 'stats [--json]', 'lint', 'schema [--check]', 'search <词>']) expect(r.stdout).toContain(cmd);
    });

    it('an unknown command exits 2 with the usage', async () => {
      const r = await kb(['chekc']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('未知命令：chekc');
      expect(r.stderr).toContain('用法：npm run kb -- <命令> [选项]');
    });
  });
});
