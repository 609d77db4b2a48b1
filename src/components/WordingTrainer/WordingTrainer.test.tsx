import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import WordingTrainer from '.';
import {findNegatives, negativeSummary} from './negatives';

afterEach(cleanup);

describe('negative wording', () => {
  it('finds 不能, 不可以 and 没办法 with their positions', () => {
    expect(findNegatives('这个不可以退，现在没办法，也不能改')).toEqual([
      {word: '不可以', index: 2},
      {word: '没办法', index: 9},
      {word: '不能', index: 14},
    ]);
    expect(negativeSummary('您可以选择其中一张')).toBe('没有发现“不能 / 不可以 / 没办法”。');
  });
});

describe('<WordingTrainer>', () => {
  it('shows a before sentence and flags the negative words the agent types', async () => {
    const user = userEvent.setup();
    render(<WordingTrainer />);
    expect(screen.getByText('原话').parentElement).toHaveTextContent('我们的优惠券不能叠加使用。');
    const box = screen.getByRole('textbox', {name: /你的改写/});
    await user.type(box, '这张券不可以和满减一起用');
    expect(screen.getByRole('status')).toHaveTextContent('发现 1 处否定说法：“不可以”');
    expect(box).toHaveAccessibleDescription(/不可以/);
    await user.clear(box);
    await user.type(box, '店铺券和平台券可以各用一张');
    expect(screen.getByRole('status')).toHaveTextContent('没有发现');
  });

  it('reveals the reference wording and moves through the pairs', async () => {
    const user = userEvent.setup();
    render(<WordingTrainer />);
    await user.click(screen.getByRole('button', {name: '看参考说法'}));
    expect(screen.getByText(/店铺券和平台券可以各用一张，我帮您算一下/, {selector: 'p'})).toBeInTheDocument();
    await user.click(screen.getByRole('button', {name: '下一句'}));
    expect(screen.getByText('原话').parentElement).toHaveTextContent('现在没办法给您退款。');
    expect(screen.getByRole('button', {name: '看参考说法'})).toHaveAttribute('aria-expanded', 'false');
  });
});
