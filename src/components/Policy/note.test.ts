import {describe, expect, it} from 'vitest';
import {readableNote} from './note';

const policies = {peak_reply_minutes: {label: '高峰期承诺回复时间', display: '10 分钟', note: null}};

describe('readableNote', () => {
  it('names another fact in words, never by its id', () => {
    expect(readableNote('流量高峰可放宽，但不超过 peak_reply_minutes。', policies)).toBe('流量高峰可放宽，但不超过 高峰期承诺回复时间（10 分钟）。');
  });

  it('leaves unknown ids and ordinary words alone', () => {
    expect(readableNote('见 no_such_fact，SKU 不变', policies)).toBe('见 no_such_fact，SKU 不变');
  });
});
