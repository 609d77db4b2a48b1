import React from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PhrasePicker from '.';
import {resetStores} from '../../client/profile';

beforeEach(() => {
  resetStores();
});
afterEach(cleanup);

const preview = () => document.querySelector('[data-preview]')!;

describe('<PhrasePicker>', () => {
  it('fills {agent} and {platform} from the profile defaults', () => {
    render(<PhrasePicker id="greeting-standard" />);
    expect(preview().textContent).toBe('您好呀～我是悦购商城的客服小悦，请问有什么可以帮您的吗？');
  });

  it('switches variant by tone and channel, and says when the exact one is missing', async () => {
    const user = userEvent.setup();
    render(<PhrasePicker id="greeting-standard" />);
    await user.click(screen.getByRole('radio', {name: '专业'}));
    expect(preview().textContent).toBe('您好，我是悦购商城客服小悦，很高兴为您服务。');
    await user.click(screen.getByRole('radio', {name: '电话'}));
    expect(preview().textContent).toBe('您好，悦购商城客服中心，我是小悦，请问有什么可以帮您？');
    await user.click(screen.getByRole('radio', {name: '亲切'}));
    // 亲切 has no phone version: the chat one is shown, with a note.
    expect(preview().textContent).toContain('您好呀～');
    expect(screen.getByRole('note')).toHaveTextContent('没有“亲切 · 电话”的版本');
  });

  it('refuses to copy while a required field is empty, naming the field', async () => {
    const user = userEvent.setup();
    render(<PhrasePicker id="greeting-returning-order" />);
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', {name: '复制'}));
    expect(write).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('还不能复制：请先填写“订单号”');
    const input = screen.getByRole('textbox', {name: /^订单号/});
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
    expect(within(preview() as HTMLElement).getByText('订单号')).toHaveAttribute('data-missing');
  });

  it('validates the order number format next to the field', async () => {
    const user = userEvent.setup();
    render(<PhrasePicker id="greeting-returning-order" />);
    const input = screen.getByRole('textbox', {name: /^订单号/});
    await user.type(input, '12345');
    await user.tab();
    expect(screen.getByText('订单号格式不对：应为 16 到 20 位数字')).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(/订单号格式不对/);
  });

  it('copies exactly the filled text and confirms in a status message', async () => {
    const user = userEvent.setup();
    render(<PhrasePicker id="greeting-returning-order" />);
    await user.type(screen.getByRole('textbox', {name: /^订单号/}), '2026112400012345');
    await user.click(screen.getByRole('button', {name: '复制'}));
    await expect(navigator.clipboard.readText()).resolves.toBe('您好呀～收到您的订单 2026112400012345 啦，我马上帮您查看，请稍等一下哦～');
    expect(screen.getByRole('status')).toHaveTextContent('已复制');
  });
});
