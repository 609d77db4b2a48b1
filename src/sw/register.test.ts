import {describe, expect, it} from 'vitest';
import {fetchDeployedBuild, isNewer} from './register';

const a = {commit: 'a0c1ce2', builtAt: '2026-11-29T15:21:48.768Z'};
const b = {commit: 'a0c1ce2', builtAt: '2026-11-29T16:21:48.768Z'};

describe('isNewer', () => {
  it('is true only when both versions are known and differ', () => {
    expect(isNewer(a, b)).toBe(true);
    expect(isNewer(a, {...a})).toBe(false);
    expect(isNewer(null, b)).toBe(false);
    expect(isNewer(a, null)).toBe(false);
  });
});

describe('fetchDeployedBuild', () => {
  const fake = (impl: () => Promise<Response>) => (async () => impl()) as unknown as typeof fetch;
  it('asks past every cache and reads the version', async () => {
    let init: RequestInit | undefined;
    const f = (async (_url: string, i?: RequestInit) => {
      init = i;
      return new Response(JSON.stringify(b));
    }) as unknown as typeof fetch;
    expect(await fetchDeployedBuild('/kb-version.json', f)).toEqual(b);
    expect(init?.cache).toBe('no-store');
  });
  it('is null offline, on an error status and on a file that is not a version', async () => {
    expect(await fetchDeployedBuild('/v', fake(() => Promise.reject(new TypeError('Failed to fetch'))))).toBeNull();
    expect(await fetchDeployedBuild('/v', fake(async () => new Response('no', {status: 404})))).toBeNull();
    expect(await fetchDeployedBuild('/v', fake(async () => new Response('<html>')))).toBeNull();
    expect(await fetchDeployedBuild('/v', fake(async () => new Response('{"commit":1}')))).toBeNull();
  });
});
