import React from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MarkRead from '.';
import LearningPath from '../LearningPath';
import {loadRead, resetProgress} from '../../client/progress';
import {ALL_ITEMS} from '../LearningPath/path';

beforeEach(() => {
  resetProgress();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const total = ALL_ITEMS.length;

describe('<MarkRead>', {timeout: 15_000}, () => {
  it('renders nothing on a page that is not on the path', () => {
    const {container} = render(<MarkRead route="/docs/not-on-the-path" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('marks the page read, updates the progress bar and names the next step', async () => {
    const user = userEvent.setup();
    render(<MarkRead route="/docs/sop/reception" />);
    expect(screen.getByText(/第 2 天「服务五步」· 预计阅读 5 分钟/)).toBeInTheDocument();
    const box = screen.getByRole('checkbox', {name: '标记为已读'});
    expect(box).toBeEnabled();
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(/已读（\d+ 月 \d+ 日）/);
    expect(screen.getByRole('progressbar', {name: '新人上手总进度'})).toHaveAttribute('aria-valuetext', `已完成 1/${total}`);
    expect(Object.keys(loadRead())).toEqual(['/docs/sop/reception']);
    expect(screen.getByRole('link', {name: /下一步：需求识别/})).toHaveAttribute('href', '/docs/sop/identify');
    await user.click(box);
    expect(loadRead()).toEqual({});
  });

  it('adds no second "next" link where the docs pager already has one', () => {
    render(<MarkRead route="/docs/sop" pagerNext="/docs/sop/reception" />);
    expect(screen.queryByRole('link', {name: /下一步/})).toBeNull();
    expect(screen.getByRole('link', {name: '← 返回学习路径（下一项：专业能力）'})).toHaveAttribute('href', '/docs/onboarding');
  });

  it('keeps the learning path on the same page in step', async () => {
    const user = userEvent.setup();
    render(
      <>
        <LearningPath />
        <MarkRead route="/docs/sop" />
      </>,
    );
    await user.click(screen.getByRole('checkbox', {name: '标记为已读'}));
    const bars = screen.getAllByRole('progressbar', {name: '新人上手总进度'});
    for (const bar of bars) expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(screen.getByRole('progressbar', {name: '第 1 天进度'})).toHaveAttribute('aria-valuenow', '1');
  });

  it('says when the browser will not keep the progress', async () => {
    const user = userEvent.setup();
    render(<MarkRead route="/docs/sop" />);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('checkbox', {name: '标记为已读'}));
    expect(screen.getByText(/不允许保存数据/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', {name: '标记为已读'})).toBeChecked();
  });
});
