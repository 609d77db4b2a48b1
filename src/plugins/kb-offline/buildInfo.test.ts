import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {gitShortHash, readBuildInfo} from './buildInfo';
import {buildInfoSchema} from '../../sw/buildInfo';

describe('gitShortHash', () => {
  it('reads the short hash of this repository', () => {
    expect(gitShortHash(path.resolve(__dirname, '../../..'))).toMatch(/^[0-9a-f]{7,}$/);
  });
  it('falls back to a CI commit variable, then to null, without git', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-nogit-'));
    try {
      expect(gitShortHash(dir, {GITHUB_SHA: 'B74A8AB43CD2F00D'})).toBe('b74a8ab');
      expect(gitShortHash(dir, {GITHUB_SHA: 'not-a-hash'})).toBeNull();
      expect(gitShortHash(dir, {})).toBeNull();
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('readBuildInfo', () => {
  it('is a valid version', () => {
    const info = readBuildInfo(path.resolve(__dirname, '../../..'), new Date('2026-11-29T15:21:48.768Z'));
    expect(buildInfoSchema.parse(info).builtAt).toBe('2026-11-29T15:21:48.768Z');
  });
});
