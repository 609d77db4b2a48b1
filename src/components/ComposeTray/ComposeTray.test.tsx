import {describe, expect, it} from 'vitest';
import phrases from '../../test/mocks/generated/phrases';
import {composeReply} from '.';

const byId = (id: string) => phrases.find((p) => p.id === id)!;

describe('composeReply', () => {
  it('orders greeting, answers and closing, each in the closest variant, placeholders merged', () => {
    const reply = composeReply(
      [
        {phrase: byId('closing-thanks'), role: 'closing'},
        {phrase: byId('logistics-delay'), role: 'body'},
        {phrase: byId('greeting-standard'), role: 'greeting'},
      ],
      {tone: '专业', channel: '电话'},
    );
    expect(reply.parts.map((p) => [p.phrase.id, p.variant.tone, p.variant.channel ?? '通用', p.exact])).toEqual([
      ['greeting-standard', '专业', '电话', true],
      ['logistics-delay', '专业', '通用', true],
      ['closing-thanks', '专业', '通用', true],
    ]);
    expect(reply.template.split('\n')).toHaveLength(3);
    expect(Object.keys(reply.placeholders)).toEqual(['order_no', 'arrive', 'tracking_no']);
  });
});
