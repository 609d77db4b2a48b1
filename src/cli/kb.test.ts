/**
 * The `kb` command line, run as editors run it (a child process), on fixture sites through
 * `KB_ROOT`: exit codes, the file named in errors, the JSON of `stats --json`, help.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {runKb} from './runKb';
import {VALID_ROOT, badCases, editValid, makeBadTree, makeTree, removeTrees} from '../core/__fixtures__/tree';
import {githubAnnotation} from '../core/issues';

const REPO = path.resolve(__dirname, '../..');

afterAll(removeTrees);

// Each run is a separate process, about a second on an idle machine.
const kb = (args: string[], root = VALID_ROOT) => runKb(args, root);

// Sequential on purpose: each run compiles kb.ts with tsx, and on a busy two-core machine
// parallel runs only slow each other down.
describe('npm run kb', {timeout: 120_000}, () => {
  describe('kb check', () => {
    it('exits 0 on a valid tree and says what it checked', async () => {
      const r = await kb(['check']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(
        '内容校验通过：1 条问答、2 条话术（6 个变体）、2 条政策、1 个情景、5 个文档页。\n条目核对（文件中 → 站点上）：问答 1 → 1，话术 2 → 2，政策 2 → 2，情景 1 → 1',
      );
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

  // One folder per bad input under src/core/__fixtures__/bad (the files that differ from the
  // valid tree, and case.json with what an editor must read). Every one fails `kb check`
  // with exactly the issues listed: file, line, field path, problem and fix; no stack trace.
  describe('kb check on every bad input', () => {
    it.each(badCases().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      expect(c.expect.length, 'case.json lists what kb check must say').toBeGreaterThan(0);
      const r = await kb(['check'], makeBadTree(c));
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(r.stderr).not.toMatch(/TypeError|ReferenceError|SyntaxError/);
      expect(r.stderr).toContain(`内容校验失败，共 ${c.expect.length} 处问题：`);
      for (const e of c.expect) expect(r.stderr).toContain(`${e.at}\n  问题：${e.message}\n  修改：${e.fix}\n`);
    });

    it('{constructor}, {__proto__} and {toString} do not crash kb lint either', async () => {
      const r = await kb(['lint'], makeBadTree(badCases().find((c) => c.name === 'proto-placeholder')!));
      expect(r.stderr).not.toMatch(/TypeError|is not a function|^\s+at /m);
      expect(r.stderr).toContain('内容校验失败');
    });
  });

  describe('kb check --format github', () => {
    it('prints one annotation per issue, with file, line, column and title, and exits 1', async () => {
      const c = badCases().find((x) => x.name === 'alias-bomb')!;
      const r = await kb(['check', '--format', 'github'], makeBadTree(c));
      expect(r.code).toBe(1);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toBe(
        '::error file=data/policies/bomb.yaml,line=2,col=13,title=内容校验：(YAML 语法)::问题：YAML 别名（*名称）被层层展开的次数过多，像是一个“别名炸弹”，这个文件没有被读取%0A修改：删除所有的 &锚点 和 *别名，把内容直接写出来',
      );
      expect(lines[1]).toMatch(/^::error file=data\/qa\/refund\.yaml,line=10,col=13,title=内容校验：\[0\]\.phrases\[0\]（条目 refund-arrival-time）::问题：引用了不存在的话术/);
      expect(r.stderr).toContain('内容校验失败，共 2 处问题');
    });

    it('passes on the valid tree', async () => {
      const r = await kb(['check', '--format=github']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('内容校验通过。');
      expect(r.stdout).not.toContain('::error');
    });

    it('escapes %, CR, LF in the message and also : and , in properties (GitHub workflow-command rules)', () => {
      expect(githubAnnotation({file: 'data/qa/a,b:c.yaml', line: 3, column: 2, path: 'x', message: '100% 不对\r\n第二行', fix: '改成 a:b, c'})).toBe(
        '::error file=data/qa/a%2Cb%3Ac.yaml,line=3,col=2,title=内容校验：x::问题：100%25 不对%0D%0A第二行%0A修改：改成 a:b, c',
      );
      // Without a line the annotation still names the file (it shows on the file in the diff).
      expect(githubAnnotation({file: 'data/faq/', path: '(整个文件)', message: 'm', fix: 'f'})).toBe('::error file=data/faq,title=内容校验：(整个文件)::问题：m%0A修改：f');
    });

    it('rejects an unknown format', async () => {
      const r = await kb(['check', '--format', 'junit']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--format 只能是 text 或 github，现在是 junit');
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

  describe('the pull-request workflow', () => {
    const workflow = parseYaml(fs.readFileSync(path.join(REPO, '.github/workflows/content.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      jobs: Record<string, {steps: {name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>}[]}>;
    };
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));

    it('is valid YAML that runs on pull requests with Node 20', () => {
      expect(Object.keys(workflow.on)).toContain('pull_request');
      expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(20);
    });

    it('runs the README commands in order: npm ci, kb check with annotations, kb lint, build', () => {
      const at = (cmd: string) => runs.findIndex((r) => r.includes(cmd));
      const order = ['npm ci', 'npx tsx src/cli/kb.ts check --format github', 'npm run kb -- lint', 'npm run build'].map(at);
      expect(order.every((i) => i >= 0), JSON.stringify(runs)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      for (const script of ['kb', 'build']) expect(JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).scripts[script]).toBeTruthy();
    });

    it('posts kb diff against the base branch as the job summary, on pull requests only', () => {
      const diff = steps.find((s) => s.run?.includes('kb.ts diff'));
      expect(diff?.if).toBe("github.event_name == 'pull_request'");
      expect(diff?.run).toContain('origin/${{ github.base_ref }}');
      expect(diff?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    });

    it('the pull-request template and CONTRIBUTING.md tell editors the commands CI runs', () => {
      for (const file of ['.github/pull_request_template.md', 'CONTRIBUTING.md']) {
        const text = fs.readFileSync(path.join(REPO, file), 'utf8');
        for (const cmd of ['npm run kb -- check', 'npm run kb -- lint', 'npm run kb -- search']) expect(text, `${file}: ${cmd}`).toContain(cmd);
      }
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
