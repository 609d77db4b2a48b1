import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildIndex} from './build';
import {loadValidContent, memoryEngine} from './node';
import {contentDocs} from './sources';

const content = loadValidContent(path.resolve(__dirname, '../..'));
const docs = contentDocs(content);

describe('bridging, derived at build time', () => {
  it('gives each phrase the phrasings of the Q&A entries that link it, and each entry the situations of its phrases', () => {
    const withPhrases = content.qa.filter((q) => q.phrases.length);
    expect(withPhrases.length).toBeGreaterThan(0);
    for (const q of withPhrases) {
      const entry = docs.find((d) => d.type === 'qa' && d.url.endsWith(`/${q.id}`))!;
      const situations = q.phrases.flatMap((id) => content.phrases.find((p) => p.id === id)?.situations ?? []);
      expect(entry.related, q.id).toEqual(situations);
      for (const id of q.phrases) {
        const phrase = docs.find((d) => d.type === 'phrase' && d.url.endsWith(`/${id}`))!;
        expect(phrase.bridge, id).toEqual(expect.arrayContaining([q.question, ...q.alternates]));
      }
    }
  });

  it('finds Q&A entries by the situations of the phrases they link more often than without them', async () => {
    const qaDocs = docs.filter((d) => d.type === 'qa');
    const pairs = content.qa.flatMap((q) => q.phrases.flatMap((id) => (content.phrases.find((p) => p.id === id)?.situations ?? []).map((s) => [q.id, s] as const)));
    const hits = async (index: typeof qaDocs) => {
      const engine = memoryEngine(buildIndex(index));
      let n = 0;
      for (const [id, s] of pairs) if ((await engine.search(s, {limit: 5})).results.some((r) => r.url.endsWith(`/${id}`))) n++;
      return n;
    };
    const withRelated = await hits(qaDocs);
    const without = await hits(qaDocs.map((d) => ({...d, related: []})));
    expect(pairs.length).toBeGreaterThan(100);
    expect(withRelated, `${without} → ${withRelated} of ${pairs.length}`).toBeGreaterThan(without);
  }, 60_000);
});
