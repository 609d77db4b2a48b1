import React from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import LearningPath from '.';
import {recordResult, resetProgress, setRead} from '../../client/progress';
import {ALL_ITEMS, LEARNING_PATH} from './path';

beforeEach(() => {
  resetProgress();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<LearningPath>', {timeout: 15_000}, () => {
  it('shows every day with its outcomes, pages, reading time and a start button', () => {
    render(<LearningPath />);
    for (const day of LEARNING_PATH) expect(screen.getByRole('heading', {name: `第 ${day.day} 天：${day.title}`})).toBeInTheDocument();
    expect(screen.getAllByRole('heading', {name: '学完你能'})).toHaveLength(LEARNING_PATH.length);
    expect(screen.getByRole('link', {name: 'SOP 总览'})).toHaveAttribute('href', '/docs/sop');
    expect(screen.getByRole('link', {name: /从第 1 天开始：第 1 天 · SOP 总览/})).toBeInTheDocument();
    expect(screen.getByRole('progressbar', {name: '新人上手总进度'})).toHaveAttribute('aria-valuenow', '0');
  });

  it('counts what was read and practised, and points to the next step', () => {
    setRead('/docs/sop', true);
    recordResult('reception-first-message', 50);
    recordResult('final-late-gift', 60); // a final check below the pass mark does not count
    render(<LearningPath />);
    expect(screen.getByRole('progressbar', {name: '新人上手总进度'})).toHaveAttribute('aria-valuetext', `已完成 2/${ALL_ITEMS.length}`);
    expect(screen.getByRole('progressbar', {name: '第 1 天进度'})).toHaveAttribute('aria-valuenow', '2');
    expect(screen.getByRole('progressbar', {name: '第 5 天进度'})).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByRole('link', {name: /继续学习：第 1 天 · 专业能力/})).toHaveAttribute('href', '/docs/skills/expertise');
    const item = screen.getByRole('link', {name: '客户只发了一句“在吗”'}).closest('li')!;
    expect(within(item).getByText(/最好 50 分/)).toBeInTheDocument();
    expect(item).toHaveAttribute('data-done');
  });

  it('starts from zero when the stored progress is corrupt', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    localStorage.setItem('kb:onboarding-read', '["not", "a", "record"');
    render(<LearningPath />);
    expect(screen.getByRole('progressbar', {name: '新人上手总进度'})).toHaveAttribute('aria-valuenow', '0');
  });
});
