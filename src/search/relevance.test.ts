import {describe, expect, it} from 'vitest';
import {buildFromSource, memoryEngine} from './node';
import {RELEVANCE, relevanceMisses} from './relevance';
import path from 'node:path';

describe('relevance on the real content', () => {
  const engine = memoryEngine(buildFromSource(path.resolve(__dirname, '../..')));

  it('has at least 60 queries of every kind agents type', () => {
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(RELEVANCE.map((r) => r.kind)).size).toBe(7);
  });

  it('finds the expected entry in the top five for at least 95% of the queries', async () => {
    const misses = await relevanceMisses(engine, 5);
    const hit5 = 1 - misses.length / RELEVANCE.length;
    // The misses are printed so that a failing run says which queries to look at.
    expect({hit5: Math.round(hit5 * 1000) / 10, misses}).toMatchObject({hit5: expect.any(Number)});
    expect(hit5, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('puts the expected entry first for at least 80% of the queries (today 86%)', async () => {
    const misses = await relevanceMisses(engine, 1);
    expect(1 - misses.length / RELEVANCE.length, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.8);
  });
});
