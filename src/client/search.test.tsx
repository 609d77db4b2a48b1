import {afterEach, describe, expect, it, vi} from 'vitest';
import {engineFor} from './search';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the browser loader', () => {
  it('asks for a query’s files at high priority and for the warm-up’s bundles at low, as bytes', async () => {
    const meta = {v: 4, n: 1, s: 1, c: 1, t2s: '', syn: [], pop: [], popDocs: [], w: 10, lex: '', stop: [], kinds: 'q', from: {}, g: String.fromCharCode(0x100)};
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
