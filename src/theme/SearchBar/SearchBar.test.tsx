import React from 'react';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {loadContent} from '../../core/load';
import {toQaView} from '../../core/views';
import {resetStores} from '../../client/profile';
import {testEngine} from '../../test/mocks/search';
import SearchBar, {DIALOG_RESULTS} from '.';

const {content} = loadContent(path.resolve(__dirname, '../../..'));
const arrival = toQaView(content.qa.find((q) => q.id === 'refund-arrival-time')!, content.policies);

beforeEach(() => {
  resetStores();
  window.history.replaceState(null, '', '/docs/sop');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const trigger = () => screen.getByRole('button', {name: /^搜索知识库/});
const box = () => screen.getByRole('combobox');
const dialog = () => screen.getByRole('dialog', {name: '搜索知识库'});
const options = () => within(dialog()).queryAllByRole('option');

async function openWith(query: string) {
  const user = userEvent.setup();
  render(<SearchBar />);
  await user.click(trigger());
  await waitFor(() => expect(box()).toHaveFocus());
  if (query) {
    await user.paste(query);
    await waitFor(() => expect(options().length).toBeGreaterThan(0));
  }
  return user;
}

// Each test drives a real engine over a real index; allow for a busy machine.
vi.setConfig({testTimeout: 20_000});

describe('the search dialog', () => {
  it('has an accessible name on the navbar button', () => {
    render(<SearchBar />);
    expect(trigger()).toHaveAttribute('aria-haspopup', 'dialog');
  });

  it('is rendered hidden once the page is idle, so opening it only shows it', async () => {
    Object.defineProperty(window, 'requestIdleCallback', {value: (fn: () => void) => setTimeout(fn, 0), configurable: true});
    Object.defineProperty(window, 'cancelIdleCallback', {value: (id: number) => clearTimeout(id), configurable: true});
    try {
      const user = userEvent.setup();
      render(<SearchBar />);
      const hidden = await waitFor(() => {
        const el = document.querySelector('[role=dialog]');
        expect(el).not.toBeNull();
        return el!;
      });
      // Closed: out of the accessibility tree and unreachable by Tab or click.
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(hidden.closest('[inert]')).not.toBeNull();
      await user.click(trigger());
      expect(dialog()).toBe(hidden);
      expect(hidden.closest('[inert]')).toBeNull();
      await waitFor(() => expect(box()).toHaveFocus());
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.querySelector('[role=dialog]')).toBe(hidden);
    } finally {
      cleanup();
      delete (window as {requestIdleCallback?: unknown}).requestIdleCallback;
      delete (window as {cancelIdleCallback?: unknown}).cancelIdleCallback;
    }
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const user = await openWith('退款');
    const inside = () => dialog().contains(document.activeElement);
    for (let i = 0; i < 8; i++) {
      await user.tab();
      expect(inside()).toBe(true);
    }
    box().focus();
    await user.tab({shift: true});
    expect(inside()).toBe(true);
    expect(document.activeElement).not.toBe(box());
    await user.tab();
    expect(box()).toHaveFocus();
  });

  it('closes on Esc from anywhere inside and gives focus back to the opener', async () => {
    const user = await openWith('退款');
    await user.tab();
    expect(document.activeElement).not.toBe(box());
    expect(dialog().contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(trigger()).toHaveFocus());
  });

  it('does not open a result on the Enter that commits a pinyin composition', async () => {
    await openWith('退款');
    const before = window.location.pathname;
    fireEvent.keyDown(box(), {key: 'Enter', keyCode: 229, isComposing: true});
    expect(window.location.pathname).toBe(before);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    fireEvent.keyDown(box(), {key: 'Enter'});
    expect(window.location.pathname).not.toBe(before);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('survives lone surrogates, control characters and a huge paste', async () => {
    await openWith('');
    fireEvent.change(box(), {target: {value: '\uD83D退款\u0000\uDC00'}});
    await waitFor(() => expect(options().length).toBeGreaterThan(0));
    expect(box()).toHaveValue('退款 ');
    const link = within(dialog()).getByRole('link', {name: '在搜索页查看全部'});
    expect(decodeURIComponent(link.getAttribute('href')!)).toBe('/search?q=退款');
    fireEvent.change(box(), {target: {value: '退'.repeat(100_000) + '\uD800'}});
    await waitFor(() => expect(dialog().querySelector('[data-kb-query]')).not.toBeNull());
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('lists kinds by score, not all Q&A above all phrases', async () => {
    await openWith('物流延误');
    const scores = await testEngine().search('物流延误', {limit: DIALOG_RESULTS});
    const expected = [...scores.results].sort((a, b) => b.score - a.score).map((r) => r.type);
    // The query's results mix kinds (a phrase first, then Q&A, then a phrase …), so grouping would reorder them.
    expect(expected.join(' ')).not.toBe([...expected].sort((a, b) => (a === b ? 0 : a === 'qa' ? -1 : b === 'qa' ? 1 : 0)).join(' '));
    expect(options().map((o) => o.getAttribute('data-type'))).toEqual(expected);
  });

  it('copies the standard answer of a Q&A result on Ctrl+Enter, policy values rendered', async () => {
    const user = await openWith(arrival.question);
    const at = options().findIndex((o) => o.textContent?.includes(arrival.question));
    expect(at).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < at; i++) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(within(dialog()).getByRole('status')).toHaveTextContent('已复制'));
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(arrival.answer);
    expect(copied).not.toMatch(/[{}]/);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('opens a phrase ready to fill', async () => {
    const user = await openWith('已发订单号');
    const at = options().findIndex((o) => o.getAttribute('data-type') === 'phrase');
    for (let i = 0; i < at; i++) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    expect(new URLSearchParams(window.location.search).get('fill')).toBe('1');
    expect(window.location.pathname).toMatch(/^\/phrases\//);
  });

  it('scrolls the list only when the agent moves through it, not on each keystroke (a forced layout)', async () => {
    const scroll = vi.fn();
    Object.defineProperty(Element.prototype, 'scrollIntoView', {value: scroll, configurable: true});
    try {
      const user = await openWith('退款');
      await user.type(box(), '多久');
      await waitFor(() => expect(within(dialog()).getByText(/找到 \d+ 条/)).toBeInTheDocument());
      expect(scroll).not.toHaveBeenCalled();
      await user.keyboard('{ArrowDown}');
      expect(scroll).toHaveBeenCalledWith({block: 'nearest'});
    } finally {
      delete (Element.prototype as {scrollIntoView?: unknown}).scrollIntoView;
    }
  });

  it('says in Chinese when the index cannot be loaded', async () => {
    vi.spyOn(testEngine(), 'search').mockRejectedValue(new TypeError('Failed to fetch'));
    const user = userEvent.setup();
    render(<SearchBar />);
    await user.click(trigger());
    await user.type(box(), '退款');
    const alert = await within(dialog()).findByRole('alert');
    expect(alert.textContent).not.toMatch(/[A-Za-z]/);
    expect(alert).toHaveTextContent('重试');
  });
});
