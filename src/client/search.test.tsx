import {afterEach, describe, expect, it, vi} from 'vitest';
import * as engineModule from '../search/engine';
import {engineFor, warmUpInBackground, warmUpWhenIdle} from './search';

vi.mock('../search/engine', async (actual) => ({...(await actual<typeof engineModule>()), primeLoops: vi.fn()}));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the browser loader', () => {
  it('asks for a query’s files at high priority and for the warm-up’s bundles at low, as bytes', async () => {
    const meta = {v: 5, n: 1, s: 1, c: 1, t2s: '', syn: [], pop: [], popDocs: [], w: 10, lex: '', stop: [], kinds: 'q', from: {}, g: String.fromCharCode(0x100)};
    const calls: [string, RequestInit | undefined][] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        calls.push([url, init]);
        return new Response(url.endsWith('meta.json') ? JSON.stringify(meta) : '[]');
      }),
    );
    const text = vi.spyOn(Response.prototype, 'text');
    const bytes = vi.spyOn(Response.prototype, 'arrayBuffer');
    const engine = engineFor('/kb-index/test-priority/');
    await engine.load();
    await engine.warmUp(Number.MAX_SAFE_INTEGER);
    // The bundles are read as bytes: no decoding of a whole bundle on the page's thread.
    expect([text.mock.calls.length, bytes.mock.calls.length]).toEqual([1, 2]);
    expect(calls.map(([url, init]) => [url.replace('/kb-index/test-priority/', ''), init?.priority])).toEqual([
      ['meta.json', 'high'],
      ['w/d0.txt', 'low'],
      ['w/t0.txt', 'low'],
    ]);
  });
});

describe('on an idle page', () => {
  it('loads the meta, then runs the engine’s loops once over made-up data, fetching nothing else', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const load = vi.fn(async () => ({}) as never);
    warmUpWhenIdle({load} as unknown as engineModule.SearchEngine);
    expect(load).not.toHaveBeenCalled();
    idle.shift()!();
    expect(load).toHaveBeenCalledTimes(1);
    expect(engineModule.primeLoops).not.toHaveBeenCalled();
    idle.shift()!();
    expect(engineModule.primeLoops).toHaveBeenCalledTimes(1);
  });
});

describe('after the first search', () => {
  it('starts the background warm-up after the results are painted, not in the task that shows them', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
    const warmUp = vi.fn(async () => true);
    const done = warmUpInBackground({warmUp} as unknown as engineModule.SearchEngine);
    await new Promise((r) => setTimeout(r, 10));
    expect(warmUp).not.toHaveBeenCalled();
    frames.shift()!();
    await expect(done).resolves.toBe(true);
    expect(warmUp).toHaveBeenCalledTimes(1);
  });

  it('starts it in a hidden tab too, where no frame is painted', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const warmUp = vi.fn(async () => true);
    await expect(warmUpInBackground({warmUp} as unknown as engineModule.SearchEngine)).resolves.toBe(true);
    expect(warmUp).toHaveBeenCalledTimes(1);
  });
});
