import React from 'react';
import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import EntryMeta from '.';
import type {EntryMetaData} from '../../core/entryMeta';

const meta = (over: Partial<EntryMetaData> = {}): EntryMetaData => ({
  file: 'data/qa/refund.yaml',
  line: 12,
  editUrl: 'https://code.example.com/cs/kb/blob/main/data/qa/refund.yaml#L12',
  reportUrl: 'https://code.example.com/cs/kb/issues/new?title=x',
  owner: '售后组 · 林晓',
  reviewed: '2026-10-20',
  reviewDue: '2999-01-01',
  facts: [{id: 'return_window_days', label: '无理由退货时限', display: '7 天', basis: ['《消费者权益保护法》第二十五条']}],
  ...over,
});

describe('EntryMeta', () => {
  it('links to the source line and a prefilled report, and shows the basis', () => {
    render(<EntryMeta meta={meta()} />);
    expect(screen.getByRole('link', {name: '编辑此页'})).toHaveAttribute('href', meta().editUrl);
    expect(screen.getByRole('link', {name: '内容有误？'})).toHaveAttribute('href', meta().reportUrl);
    expect(screen.getByRole('heading', {name: '依据'})).toBeInTheDocument();
    expect(screen.getByText(/《消费者权益保护法》第二十五条/)).toBeInTheDocument();
    expect(screen.queryByText(/待复核/)).toBeNull();
  });
  it('marks an entry past its review date', () => {
    render(<EntryMeta meta={meta({reviewDue: '2000-01-01'})} />);
    expect(screen.getByRole('status')).toHaveTextContent('待复核：应于 2000-01-01 复核');
  });
});
