import React from 'react';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import phrases from '../../test/mocks/generated/phrases';
import {profileStore, resetStores} from '../../client/profile';
import PhrasePage from '.';

const greeting = {
  ...phrases.find((p) => p.id === 'greeting-standard')!,
  meta: {
    file: 'data/phrases/reception.yaml',
    line: 2,
    editUrl: 'https://code.example.com/cs/kb/blob/main/data/phrases/reception.yaml#L2',
    reportUrl: 'https://code.example.com/cs/kb/issues/new?title=x',
    owner: '售前组 · 周敏',
    reviewed: '2026-11-29',
    reviewDue: '2027-05-28',
    facts: [],
  },
};
const preview = () => document.querySelector('[data-preview]')!.textContent;

beforeEach(() => {
  resetStores();
  profileStore.set({agentName: '小悦', platformName: ''});
  window.history.replaceState(null, '', '/phrases/greeting-standard');
});
afterEach(cleanup);

describe('the phrase page', {timeout: 15_000}, () => {
  it('links to its source line and a prefilled report', () => {
    render(<PhrasePage phrase={greeting} />);
    expect(screen.getByRole('link', {name: '编辑此页'})).toHaveAttribute('href', greeting.meta.editUrl);
    expect(screen.getByRole('link', {name: '内容有误？'})).toHaveAttribute('href', greeting.meta.reportUrl);
  });

  it('opens the variant the link names', async () => {
    window.history.replaceState(null, '', '/phrases/greeting-standard?tone=' + encodeURIComponent('专业') + '&channel=' + encodeURIComponent('电话'));
    render(<PhrasePage phrase={greeting} />);
    expect(await screen.findByRole('radio', {name: '电话'})).toBeChecked();
    expect(preview()).toBe('您好，悦购商城客服中心，我是小悦，请问有什么可以帮您？');
  });

  it('writes the chosen variant to the URL and lists every version', async () => {
    const user = userEvent.setup();
    render(<PhrasePage phrase={greeting} />);
    await user.click(screen.getByRole('button', {name: '用这个版本：简洁 · 在线聊天'}));
    expect(preview()).toBe('您好，我是客服小悦。');
    const q = new URLSearchParams(window.location.search);
    expect([q.get('tone'), q.get('channel')]).toEqual(['简洁', '在线聊天']);
    expect(screen.getAllByRole('listitem').filter((li) => li.getAttribute('aria-current') === 'true')).toHaveLength(1);
  });

  it('copies a link to the chosen version', async () => {
    const user = userEvent.setup();
    render(<PhrasePage phrase={greeting} />);
    await user.click(screen.getByRole('radio', {name: '专业'}));
    await user.click(screen.getByRole('button', {name: '复制这个版本的链接'}));
    const link = decodeURIComponent(await navigator.clipboard.readText());
    expect(link).toBe(`${window.location.origin}/phrases/greeting-standard?tone=专业&channel=在线聊天`);
  });
});

describe('opened to be filled (from the search)', () => {
  it('puts the cursor in the first empty field', async () => {
    const order = {...phrases.find((p) => p.id === 'greeting-returning-order')!, meta: greeting.meta};
    window.history.replaceState(null, '', '/phrases/greeting-returning-order?fill=1');
    render(<PhrasePage phrase={order} />);
    expect(await screen.findByRole('textbox', {name: /^订单号/})).toHaveFocus();
  });

  it('leaves focus alone when opened as a plain link', () => {
    const order = {...phrases.find((p) => p.id === 'greeting-returning-order')!, meta: greeting.meta};
    window.history.replaceState(null, '', '/phrases/greeting-returning-order');
    render(<PhrasePage phrase={order} />);
    expect(screen.getByRole('textbox', {name: /^订单号/})).not.toHaveFocus();
  });
});
