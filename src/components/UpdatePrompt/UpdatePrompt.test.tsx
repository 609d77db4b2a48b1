/**
 * The notices through the real store (src/sw/register.ts) in jsdom, which has no service
 * worker: the fallback path, where a newer deployed version is offered as a plain reload.
 */
import React from 'react';
import {act, cleanup, render, screen, waitFor} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';

const mine = {commit: 'a0c1ce2', builtAt: '2026-11-29T15:21:48.768Z'};
const deployed = {commit: 'b74a8ab', builtAt: '2026-11-29T16:21:48.768Z'};

beforeAll(() => {
  // As in a production build, in a browser without service workers.
  process.env.KB_SW_ENABLED = 'true';
  process.env.KB_BUILD_INFO = JSON.stringify(mine);
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(deployed))));
});
afterEach(cleanup);
afterAll(() => {
  delete process.env.KB_BUILD_INFO;
  delete process.env.KB_SW_ENABLED;
  vi.unstubAllGlobals();
});

describe('UpdatePrompt and ContentVersion', () => {
  it('shows this page’s version in the footer', async () => {
    const {default: ContentVersion} = await import('../ContentVersion');
    render(<ContentVersion />);
    expect(screen.getByText(/内容版本：2026-11-29 23:21 · a0c1ce2/)).toBeInTheDocument();
  });

  it('says in Chinese that the network is gone, in a polite live region', async () => {
    const {default: UpdatePrompt} = await import('.');
    render(<UpdatePrompt />);
    act(() => void window.dispatchEvent(new Event('offline')));
    // No worker here, so nothing is saved for offline use: the notice says what that means.
    const notice = screen.getByText('网络已断开，还没有打开过的页面可能打不开，联网后会自动恢复。');
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice.parentElement).toHaveAttribute('aria-live', 'polite');
  });

  it('offers the newer deployed version (checked on load and when the network comes back); “稍后” hides it', async () => {
    const {default: UpdatePrompt} = await import('.');
    render(<UpdatePrompt />);
    const checks = vi.mocked(fetch).mock.calls.length;
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(vi.mocked(fetch).mock.calls.length).toBe(checks + 1), {timeout: 3000});
    const button = await screen.findByRole('button', {name: '内容已更新，点此刷新'});
    expect(fetch).toHaveBeenCalledWith('/kb-version.json', {cache: 'no-store'});
    expect(button.closest('[role=status]')).toHaveTextContent('新版本：2026-11-30 00:21 · b74a8ab');
    expect(screen.queryByText(/网络已断开/)).toBeNull();
    button.focus();
    await userEvent.click(screen.getByRole('button', {name: '稍后'}));
    await waitFor(() => expect(screen.queryByRole('button', {name: '内容已更新，点此刷新'})).toBeNull());
  });

  it('is operable from the keyboard', async () => {
    const {default: UpdatePrompt} = await import('.');
    render(<UpdatePrompt />);
    const button = await screen.findByRole('button', {name: '内容已更新，点此刷新'});
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('button', {name: '正在切换到新内容…'})).toBeDisabled();
  });
});
