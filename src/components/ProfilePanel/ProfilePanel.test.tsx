import React from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ProfilePanel from '.';
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

describe('the agent profile', () => {
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

  it('falls back to the site defaults when left empty', () => {
    render(<PhrasePicker id="greeting-standard" />);
    expect(preview()).toContain('悦购商城的客服小悦');
  });

  it('recovers from corrupt stored values without breaking the page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    localStorage.setItem('kb:profile', '{"agentName": 42');
    localStorage.setItem('kb:favourites', '"not a list"');
    reloadStores();
    render(<PhrasePicker id="greeting-standard" />);
    expect(preview()).toContain('客服小悦');
    expect(favouritesStore.get()).toEqual([]);
    expect(localStorage.getItem('kb:profile')).toBeNull();
    expect(warn).toHaveBeenCalled();
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
