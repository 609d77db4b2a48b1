import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from './load';
import {KB_ROUTES, qaAnswers, toQaView} from './views';

const {content} = loadContent(path.resolve(__dirname, '../..'));

describe('Q&A entry views', () => {
  it('gives every entry its own page under its category', () => {
    expect(KB_ROUTES.qaEntry('refund', 'refund-arrival-time')).toBe('/qa/refund/refund-arrival-time');
    const urls = content.qa.map((q) => toQaView(q, content.policies).url);
    expect(new Set(urls).size).toBe(content.qa.length);
  });

  it.each(content.qa.map((q) => [q.id, q] as const))('%s: the copyable answer has every policy value rendered and no braces left', (_, q) => {
    const view = toQaView(q, content.policies);
    expect(view.answer, `data/qa/${q.category}.yaml 中 ${q.id} 的 answer 还有未替换的占位符`).not.toMatch(/[{}]/);
    expect(qaAnswers(content)[view.url]).toBe(view.answer);
  });
});
