/**
 * For the command-line tests: `npm run kb` as editors run it, a child process pointed at a
 * site root through `KB_ROOT`, with its exit code and both streams.
 */
import {spawn} from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');

export function runKb(args: string[], root: string): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(REPO, 'src/cli/kb.ts'), ...args], {cwd: REPO, env: {...process.env, KB_ROOT: root, NO_COLOR: '1'}});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}
