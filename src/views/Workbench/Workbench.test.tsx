import React from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import phrases from '../../test/mocks/generated/phrases';
import {favouritesStore, recentsStore, reloadStores, resetStores} from '../../client/profile';
import Workbench, {timeAgo, workbenchResults} from '.';

// The search runs the real engine over a real index; allow for a busy machine.
vi.setConfig({testTimeout: 20_000});

beforeEach(() => {
  resetStores();
  window.history.replaceState(null, '', '/workbench');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const search = () => screen.getByRole('searchbox', {name: '找话术'});
const picker = () => document.querySelector('[data-workbench-picker]') as HTMLElement;

describe('the workbench', {timeout: 15_000}, () => {
  it('has the search box focused on load', () => {
    render(<Workbench phrases={phrases} />);
    expect(search()).toHaveFocus();
  });

  it('goes from a query to the copied reply by keyboard', async () => {
    const user = userEvent.setup();
    render(<Workbench phrases={phrases} />);
    await user.keyboard('已发订单号');
    await user.keyboard('{Enter}');
    const field = within(picker()).getByRole('textbox', {name: /^订单号/});
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('2026112400012345{Enter}');
    await expect(navigator.clipboard.readText()).resolves.toBe('您好呀～收到您的订单 2026112400012345 啦，我马上帮您查看，请稍等一下哦～');
    expect(within(picker()).getByRole('status')).toHaveTextContent('已复制');
    expect(recentsStore.get()[0]).toMatchObject({id: 'greeting-returning-order', tone: '亲切', channel: '在线聊天'});
    await user.keyboard('{Escape}');
    expect(search()).toHaveFocus();
  });

  it('searches with the site engine: pinyin, Traditional characters and the customer’s own words', async () => {
    const user = userEvent.setup();
    render(<Workbench phrases={phrases} />);
    const titles = () => within(screen.getByRole('region', {name: /搜索结果/})).queryAllByRole('listitem').map((li) => li.querySelector('[data-result]')?.firstChild?.textContent);
    for (const q of ['yanwu', '物流延誤', '包裹延误了']) {
      await user.clear(search());
      await user.type(search(), q);
      await waitFor(() => expect(titles()).toContain('物流延误说明'));
    }
  });

  it('opens the first result when Enter comes before the answer', async () => {
    const user = userEvent.setup();
    render(<Workbench phrases={phrases} />);
    await user.type(search(), '物流延误说明{Enter}');
    await waitFor(() => expect(picker().querySelector('[data-phrase-id]')).toHaveAttribute('data-phrase-id', 'logistics-delay'));
    await waitFor(() => expect(within(picker()).getByRole('textbox', {name: /^订单号/})).toHaveFocus());
  });

  it('ignores an Enter that commits an input-method composition', async () => {
    render(<Workbench phrases={phrases} />);
    fireEvent.change(search(), {target: {value: '延误'}});
    await screen.findByRole('button', {name: '加入组合：物流延误说明'});
    fireEvent.keyDown(search(), {key: 'Enter', keyCode: 229, isComposing: true});
    expect(picker().querySelector('[data-phrase-id]')).toBeNull();
    fireEvent.keyDown(search(), {key: 'Enter'});
    await waitFor(() => expect(picker().querySelector('[data-phrase-id]')).not.toBeNull());
  });

  it('survives lone surrogates and control characters in the box', async () => {
    render(<Workbench phrases={phrases} />);
    fireEvent.change(search(), {target: {value: '\uD800延误\u0007\uDC00'}});
    expect(search()).toHaveValue('延误 ');
    expect(await screen.findByRole('button', {name: '加入组合：物流延误说明'})).toBeInTheDocument();
  });

  it('pins favourites above other results and lists them when the search is empty', async () => {
    const user = userEvent.setup();
    render(<Workbench phrases={phrases} />);
    await user.type(search(), '订单');
    await screen.findAllByRole('button', {name: /^加入组合/});
    const results = () => within(screen.getByRole('region', {name: /搜索结果/})).getAllByRole('listitem');
    await user.click(within(results().at(-1)!).getByRole('button', {name: /^收藏/}));
    const favId = within(results()[0]!).getByRole('button', {name: /^收藏/}).getAttribute('aria-label');
    expect(within(results()[0]!).getByRole('button', {name: /^收藏/})).toHaveAttribute('aria-pressed', 'true');
    await user.clear(search());
    expect(within(screen.getByRole('region', {name: /^收藏/})).getByRole('button', {name: favId!})).toBeInTheDocument();
  });

  it('starts with favourites reset, without an error, when they were stored corrupt', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    localStorage.setItem('kb:favourites', '[{broken');
    localStorage.setItem('kb:recents', JSON.stringify([{id: 'greeting-standard', tone: 'loud', at: 'yesterday'}]));
    reloadStores();
    render(<Workbench phrases={phrases} />);
    expect(within(screen.getByRole('region', {name: /^收藏/})).getByText(/点话术旁的/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', {name: '最近复制'})).getByText(/复制过的话术/)).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
  });

  it('composes greeting + answer + closing with each placeholder asked once', async () => {
    const user = userEvent.setup();
    render(<Workbench phrases={phrases} />);
    const tray = document.querySelector('[data-compose-tray]') as HTMLElement;
    await user.selectOptions(within(tray).getByRole('combobox', {name: '开场'}), 'greeting-returning-order');
    await user.selectOptions(within(tray).getByRole('combobox', {name: '结束语'}), 'closing-thanks');
    await user.type(search(), '延误说明');
    await user.click(await screen.findByRole('button', {name: '加入组合：物流延误说明'}));
    expect(within(tray).getAllByRole('textbox', {name: /^订单号/})).toHaveLength(1);
    await user.click(within(tray).getByRole('button', {name: '复制组合回复'}));
    expect(within(tray).getByRole('status')).toHaveTextContent('还不能复制：请先填写“订单号”、“预计送达日期”、“快递单号”');
    await user.type(within(tray).getByRole('textbox', {name: /^订单号/}), '2026112400012345');
    await user.type(within(tray).getByRole('textbox', {name: /^快递单号/}), 'SF1234567890');
    const date = tray.querySelector('input[type=date]') as HTMLInputElement;
    await user.type(date, '2026-11-25');
    await user.click(within(tray).getByRole('button', {name: '复制组合回复'}));
    await expect(navigator.clipboard.readText()).resolves.toBe(
      [
        '您好呀～收到您的订单 2026112400012345 啦，我马上帮您查看，请稍等一下哦～',
        '您的订单 2026112400012345 因天气原因延误了，我们已联系快递加急，预计 11 月 25 日送达，快递单号 SF1234567890～',
        '感谢您的耐心沟通～祝您生活愉快，购物顺心哦～',
      ].join('\n'),
    );
  });
});

describe('helpers', {timeout: 15_000}, () => {
  it('says how long ago in Chinese', () => {
    const now = Date.UTC(2026, 10, 24, 12);
    expect(timeAgo(now - 10_000, now)).toBe('刚刚');
    expect(timeAgo(now - 5 * 60_000, now)).toBe('5 分钟前');
    expect(timeAgo(now - 3 * 3600_000, now)).toBe('3 小时前');
  });

  it('keeps the engine order and puts favourites first', () => {
    const urls = ['/phrases/greeting-returning-order', '/phrases/no-such-phrase', '/phrases/logistics-delay'];
    expect(workbenchResults(phrases, urls, []).map((p) => p.id)).toEqual(['greeting-returning-order', 'logistics-delay']);
    expect(workbenchResults(phrases, urls, ['logistics-delay']).map((p) => p.id)).toEqual(['logistics-delay', 'greeting-returning-order']);
  });

  it('with storage full: favourites saved earlier still show, new ones stay in the tab, one warning in Chinese', async () => {
    const user = userEvent.setup();
    localStorage.setItem('kb:favourites', JSON.stringify(['greeting-standard']));
    reloadStores();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Workbench phrases={phrases} />);
    expect(screen.getByRole('heading', {name: /收藏/})).toHaveTextContent('收藏 1 条');
    expect(screen.queryByText(/存储空间已满/)).toBeNull();
    await user.type(search(), '订单号');
    await user.click(screen.getByRole('button', {name: '收藏“客户已发订单号时的开场”'}));
    await user.click(screen.getByRole('button', {name: '收藏“客户已发订单号时的开场”'}));
    await user.click(screen.getByRole('button', {name: '收藏“客户已发订单号时的开场”'}));
    await user.clear(search());
    expect(screen.getByRole('heading', {name: /收藏/})).toHaveTextContent('收藏 2 条');
    expect(favouritesStore.get()).toHaveLength(2);
    // Dropping the cache (as a storage event does) keeps this tab's unsaved list.
    reloadStores();
    expect(favouritesStore.get()).toHaveLength(2);
    const notices = document.querySelectorAll('[data-storage-notice]');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toHaveTextContent('浏览器的存储空间已满，“收藏”的最新改动没能保存');
    expect(notices[0]!.querySelectorAll('li')).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
    await user.click(within(notices[0] as HTMLElement).getByRole('button', {name: '知道了'}));
    expect(document.querySelector('[data-storage-notice]')).toBeNull();
  });

  it('keeps a lone surrogate in the search box from breaking the page or its links', async () => {
    render(<Workbench phrases={phrases} />);
    const {fireEvent} = await import('@testing-library/react');
    // A query nothing matches, so the "no results" links (built from the query) are shown.
    fireEvent.change(search(), {target: {value: 'qxzqxz\uD83D'}});
    const link = await screen.findByRole('link', {name: '全站搜索'});
    expect(link.getAttribute('href')).toBe(`/search?q=${encodeURIComponent('qxzqxz')}`);
  });
});
