/**
 * One term shard is one FlexSearch `Index`. Build and search must configure it the same
 * way (the export does not carry its configuration): terms are precomputed by text.ts,
 * so the encoder only splits on spaces and leaves every term as it is.
 */
import {Encoder, Index} from 'flexsearch';

export function createShardIndex(): Index {
  return new Index({
    tokenize: 'strict',
    resolution: 1,
    encoder: new Encoder({normalize: false, dedupe: false, split: ' ', numeric: false}),
  });
}

/** Every id stored under an exact term (FlexSearch caps results at `limit`). */
export function lookup(index: Index, term: string, limit = 1_000_000): number[] {
  return index.search(term, {limit}) as number[];
}
