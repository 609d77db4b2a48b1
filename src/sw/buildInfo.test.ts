import {describe, expect, it} from 'vitest';
import {buildId, buildInfoSchema, currentBuild, formatBuildTime, versionLabel} from './buildInfo';

describe('formatBuildTime', () => {
  it('shows Beijing time, whatever the build machine’s zone', () => {
    expect(formatBuildTime('2026-11-29T15:21:48.768Z')).toBe('2026-11-29 23:21');
    expect(formatBuildTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
  });
  it('says so in Chinese for a broken time', () => {
    expect(formatBuildTime('yesterday')).toBe('时间未知');
  });
});

describe('versionLabel and buildId', () => {
  it('joins time and commit, or shows the time alone without git', () => {
    expect(versionLabel({commit: 'a0c1ce2', builtAt: '2026-11-29T15:21:48.768Z'})).toBe('2026-11-29 23:21 · a0c1ce2');
    expect(versionLabel({commit: null, builtAt: '2026-11-29T15:21:48.768Z'})).toBe('2026-11-29 23:21');
  });
  it('tells two builds of one commit apart', () => {
    expect(buildId({commit: 'a0c1ce2', builtAt: '2026-11-29T15:21:48.768Z'})).not.toBe(buildId({commit: 'a0c1ce2', builtAt: '2026-11-29T16:21:48.768Z'}));
  });
});

describe('buildInfoSchema', () => {
  it('rejects what a broken or foreign version file could hold', () => {
    expect(buildInfoSchema.safeParse({commit: 'a0c1ce2', builtAt: 'now'}).success).toBe(false);
    expect(buildInfoSchema.safeParse({commit: '<b>', builtAt: '2026-11-29T15:21:48.768Z'}).success).toBe(false);
    expect(buildInfoSchema.safeParse({commit: null, builtAt: '2026-11-29T15:21:48.768Z', extra: 1}).success).toBe(false);
  });
});

describe('currentBuild', () => {
  it('is null where the build did not compile a version in', () => {
    expect(currentBuild()).toBeNull();
  });
});
