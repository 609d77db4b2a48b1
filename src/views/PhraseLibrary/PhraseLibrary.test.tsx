import React from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {act, cleanup, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import phrases from '../../test/mocks/generated/phrases';
import {resetStores} from '../../client/profile';
import PhraseLibrary from '.';

// The search runs the real engine over a real index; allow for a busy machine.
vi.setConfig({testTimeout: 20_000});

beforeEach(() => {
  resetStores();
  window.history.replaceState(null, '', '/phrases');
});
afterEach(cleanup);

const cards = () => Array.from(document.querySelectorAll('[data-phrase-card]')).map((c) => c.getAttribute('data-phrase-card'));

describe('the phrase library', {timeout: 15_000}, () => {
  it('reads its filters from the URL', async () => {
    window.history.replaceState(null, '', '/phrases?stage=handle&q=' + encodeURIComponent('延误'));
    render(<PhraseLibrary phrases={phrases} />);
    expect(await screen.findByRole('searchbox', {name: '搜索话术'})).toHaveValue('延误');
    // The engine's ranking, with the stage filter on top: only 问题处理 phrases about delays.
    await waitFor(() => expect(cards().slice(0, 2).sort()).toEqual(['cause-delay', 'logistics-delay']));
    const handle = new Set(phrases.filter((p) => p.stage === 'handle').map((p) => p.id));
    expect(cards().every((id) => handle.has(id!))).toBe(true);
  });

  it('filters as the agent types and writes the filters to the URL', async () => {
    const user = userEvent.setup();
    render(<PhraseLibrary phrases={phrases} />);
    expect(cards()).toHaveLength(phrases.length);
    await user.type(screen.getByRole('searchbox', {name: '搜索话术'}), '订单');
    await waitFor(() => expect(cards()).toEqual(expect.arrayContaining(['greeting-returning-order', 'logistics-delay'])));
    expect(cards()).not.toContain('closing-thanks');
    await user.selectOptions(screen.getByRole('combobox', {name: '语气'}), '专业');
    expect(new URLSearchParams(window.location.search).get('q')).toBe('订单');
    expect(new URLSearchParams(window.location.search).get('tone')).toBe('专业');
  });

  it('filters by tone and channel on the variants a phrase has', async () => {
    const user = userEvent.setup();
    render(<PhraseLibrary phrases={phrases} />);
    await user.selectOptions(screen.getByRole('combobox', {name: '渠道'}), '电话');
    // greeting-standard has a phone version; phrases written for every channel count too.
    expect(cards()).toContain('greeting-standard');
    expect(cards()).toContain('greeting-returning-order');
    await user.selectOptions(screen.getByRole('combobox', {name: '语气'}), '亲切');
    expect(cards()).not.toContain('greeting-standard');
  });

  it('opens a phrase inline for filling, in the tone the filter chose', async () => {
    const user = userEvent.setup();
    render(<PhraseLibrary phrases={phrases} />);
    await user.selectOptions(screen.getByRole('combobox', {name: '语气'}), '简洁');
    const card = document.querySelector('[data-phrase-card="greeting-returning-order"]') as HTMLElement;
    await user.click(within(card).getByRole('button', {name: '填写并复制'}));
    expect(within(card).getByRole('radio', {name: '简洁'})).toBeChecked();
    expect(new URLSearchParams(window.location.search).get('open')).toBe('greeting-returning-order');
  });

  it('searches with the site engine: pinyin, Traditional characters and synonyms', async () => {
    const user = userEvent.setup();
    render(<PhraseLibrary phrases={phrases} />);
    const box = screen.getByRole('searchbox', {name: '搜索话术'});
    for (const q of ['yanwu', '物流延誤']) {
      await user.clear(box);
      await user.type(box, q);
      await waitFor(() => expect(cards()).toContain('logistics-delay'));
      expect(cards().length).toBeLessThan(phrases.length);
    }
  });

  it('follows a link that changes the query while the page is open', async () => {
    render(<PhraseLibrary phrases={phrases} />);
    act(() => {
      window.history.pushState(null, '', '/phrases?tag=' + encodeURIComponent('补偿'));
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(await screen.findByRole('combobox', {name: '标签'})).toHaveValue('补偿');
    expect(cards()).toEqual(['compensation-coupon']);
  });
});

describe('keyboard', () => {
  it('puts the cursor in the first field of a phrase opened from the list', async () => {
    const user = userEvent.setup();
    render(<PhraseLibrary phrases={phrases} />);
    const card = document.querySelector('[data-phrase-card="logistics-delay"]') as HTMLElement;
    await user.click(within(card).getByRole('button', {name: '填写并复制'}));
    expect(within(card).getByRole('textbox', {name: /^订单号/})).toHaveFocus();
  });
});
