/** The content version of this build: git's short hash and the time, with fallbacks. */
import {execFileSync} from 'node:child_process';
import type {BuildInfo} from '../../sw/buildInfo';

/** Commit variables CI systems set, for builds from a source archive without `.git`. */
const COMMIT_ENV = ['KB_COMMIT', 'GITHUB_SHA', 'CI_COMMIT_SHA', 'COMMIT_REF', 'VERCEL_GIT_COMMIT_SHA'];

export function gitShortHash(cwd: string, env: NodeJS.ProcessEnv = process.env): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000}).toString().trim();
    if (/^[0-9a-f]{4,40}$/.test(out)) return out;
  } catch {
    // No git, or not a repository: fall through to the CI variables.
  }
  for (const name of COMMIT_ENV) {
    const v = env[name]?.trim().toLowerCase();
    if (v && /^[0-9a-f]{7,40}$/.test(v)) return v.slice(0, 7);
  }
  return null;
}

export const readBuildInfo = (siteDir: string, now: Date = new Date()): BuildInfo => ({
  commit: gitShortHash(siteDir),
  builtAt: now.toISOString(),
});
