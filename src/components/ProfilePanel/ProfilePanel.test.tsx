import React from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ProfilePanel, {ProfileDisclosure} from '.';
import StorageNotice from '../StorageNotice';
import PhrasePicker from '../PhrasePicker';
import {favouritesStore, profileStore, reloadStores, resetStores} from '../../client/profile';

beforeEach(() => {
  resetStores();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const preview = () => document.querySelector('[data-preview]')!.textContent;

// userEvent typing is slow on a busy machine; these tests type a lot.
describe('the agent profile', {timeout: 15_000}, () => {
  it('is set once and filled into every reply, and kept in the browser', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ProfilePanel />
        <PhrasePicker id="greeting-standard" />
      </>,
    );
    await user.type(screen.getByRole('textbox', {name: '客服昵称'}), '阿青');
    await user.type(screen.getByRole('textbox', {name: '平台名称'}), '青禾优选');
    expect(preview()).toBe('您好呀～我是青禾优选的客服阿青，请问有什么可以帮您的吗？');
    expect(JSON.parse(localStorage.getItem('kb:profile')!)).toEqual({agentName: '阿青', platformName: '青禾优选'});
  });

  it('never signs as the default agent: the nickname is missing until the agent gives one', () => {
    render(<PhrasePicker id="greeting-standard" />);
    expect(preview()).not.toContain('小悦');
    expect(preview()).toContain('悦购商城的客服');
    expect(document.querySelector('[data-preview] [data-placeholder=agent]')).toHaveAttribute('data-missing');
  });

  it('asks for the nickname on the first copy, in a dialog that holds focus, then copies with it', async () => {
    const user = userEvent.setup();
    render(<PhrasePicker id="greeting-standard" />);
    const copy = screen.getByRole('button', {name: '复制'});
    await user.click(copy);
    const dialog = screen.getByRole('dialog', {name: '先填写你的客服昵称'});
    const field = within(dialog).getByRole('textbox', {name: '客服昵称'});
    expect(field).toHaveFocus();
    // Tab cycles inside the dialog.
    await user.tab();
    expect(within(dialog).getByRole('button', {name: '保存并复制'})).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', {name: '取消'})).toHaveFocus();
    await user.tab();
    expect(field).toHaveFocus();
    await user.tab({shift: true});
    expect(within(dialog).getByRole('button', {name: '取消'})).toHaveFocus();
    // An empty name is refused.
    await user.click(within(dialog).getByRole('button', {name: '保存并复制'}));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('请填写昵称');
    await user.type(field, '阿青{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await expect(navigator.clipboard.readText()).resolves.toBe('您好呀～我是悦购商城的客服阿青，请问有什么可以帮您的吗？');
    expect(profileStore.get().agentName).toBe('阿青');
    expect(copy).toHaveFocus();
    // Asked once: the next copy goes straight through.
    await user.click(copy);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes the dialog with Esc without copying, and asks again for a cleared nickname', async () => {
    const user = userEvent.setup();
    profileStore.set({agentName: '阿青', platformName: ''});
    render(
      <>
        <ProfilePanel />
        <PhrasePicker id="greeting-standard" />
      </>,
    );
    await user.clear(screen.getByRole('textbox', {name: '客服昵称'}));
    expect(preview()).not.toContain('阿青');
    expect(preview()).not.toContain('小悦');
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    const copy = screen.getByRole('button', {name: '复制'});
    await user.click(copy);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(write).not.toHaveBeenCalled();
    expect(copy).toHaveFocus();
    expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('还不能复制：请先填写“客服昵称”');
  });

  it('is one disclosure in page headers, naming a missing nickname', async () => {
    const user = userEvent.setup();
    render(<ProfileDisclosure />);
    expect(screen.getByText('未填昵称')).toBeInTheDocument();
    await user.click(screen.getByText(/我的信息：/));
    await user.type(screen.getByRole('textbox', {name: '客服昵称'}), '阿青');
    expect(document.querySelector('summary')).toHaveTextContent('我的信息：阿青 · 悦购商城');
  });

  it('recovers from corrupt stored values without breaking the page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    localStorage.setItem('kb:profile', '{"agentName": 42');
    localStorage.setItem('kb:favourites', '"not a list"');
    reloadStores();
    render(
      <>
        <StorageNotice />
        <PhrasePicker id="greeting-standard" />
      </>,
    );
    expect(preview()).toContain('悦购商城的客服');
    expect(favouritesStore.get()).toEqual([]);
    expect(localStorage.getItem('kb:profile')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    const notice = document.querySelector('[data-storage-notice]');
    expect(notice).toHaveTextContent(/本地保存的.*“我的信息”.*已损坏，无法读取，已恢复为默认值/);
    expect(notice).toHaveTextContent(/“收藏”/);
  });

  it('keeps working in memory when storage is full or blocked, and says so', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    render(
      <>
        <ProfilePanel />
        <PhrasePicker id="greeting-standard" />
      </>,
    );
    await user.type(screen.getByRole('textbox', {name: '客服昵称'}), '阿青');
    expect(preview()).toContain('客服阿青');
    expect(profileStore.get().agentName).toBe('阿青');
    expect(screen.getByText(/浏览器不允许保存/)).toBeInTheDocument();
    // The value typed stays the truth for this tab even after the cache is dropped.
    reloadStores();
    expect(profileStore.get().agentName).toBe('阿青');
    await user.click(screen.getByRole('button', {name: '收藏“标准开场白”'}));
    expect(screen.getByRole('button', {name: '收藏“标准开场白”'})).toHaveAttribute('aria-pressed', 'true');
  });

  it('works when localStorage itself cannot be reached (private mode)', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    reloadStores();
    render(<PhrasePicker id="greeting-standard" />);
    await user.click(screen.getByRole('button', {name: '收藏“标准开场白”'}));
    expect(screen.getByRole('button', {name: '收藏“标准开场白”'})).toHaveAttribute('aria-pressed', 'true');
  });
});
