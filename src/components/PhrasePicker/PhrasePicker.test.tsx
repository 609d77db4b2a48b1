import React from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PhrasePicker from '.';
import Picker from './Picker';
import {phraseById} from '../../client/generated';
import {phraseSchema} from '../../core/schema';
import {toPhraseView} from '../../core/views';
import {profileStore, resetStores} from '../../client/profile';

beforeEach(() => {
  resetStores();
  profileStore.set({agentName: '小悦', platformName: ''});
});
afterEach(cleanup);

const preview = () => document.querySelector('[data-preview]')!;

describe('<PhrasePicker>', {timeout: 15_000}, () => {
  it('fills {agent} from the profile and {platform} from the site default', () => {
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
    // 亲切 has no phone version: the phone text in another tone is shown, with a note naming what exists.
    expect(preview().textContent).toBe('您好，悦购商城客服中心，我是小悦，请问有什么可以帮您？');
    expect(screen.getByRole('note')).toHaveTextContent('没有“亲切 · 电话”的版本：电话只有“专业”语气的版本，下面是“专业 · 电话”。');
  });

  it('never gives a general text for SMS when the phrase has an SMS version in another tone', async () => {
    const user = userEvent.setup();
    // Shaped like order-ship-delay-apology: general texts in three tones, SMS only in 简洁.
    const raw = phraseSchema.parse({
      id: 'delay-apology',
      title: '超时未发货致歉',
      stage: 'handle',
      tags: ['延迟发货'],
      variants: [
        {tone: '亲切', text: '真不好意思，没能按时发出，仓库已经加急，明天一定发出，给您补了一张优惠券，下次能用上～'},
        {tone: '专业', text: '非常抱歉，您的订单超过了承诺的发货时限。仓库已加急处理，预计明天发货；同时为您补偿一张优惠券，已发放到您的账户。'},
        {tone: '简洁', text: '抱歉发货晚了，明天发出，并补偿您优惠券。'},
        {tone: '简洁', channel: '短信', text: '{platform}提醒您：抱歉订单发货延迟，将于明天发出，补偿券已发至您的账户。'},
      ],
    });
    render(<Picker phrase={toPhraseView(raw, [])} initial={{tone: '专业'}} />);
    expect(preview().textContent).toMatch(/^非常抱歉/);
    await user.click(screen.getByRole('radio', {name: '短信'}));
    expect(preview().textContent).toMatch(/^悦购商城提醒您/);
    expect(screen.getByRole('note')).toHaveTextContent('没有“专业 · 短信”的版本：短信只有“简洁”语气的版本');
    expect(screen.getByRole('radio', {name: '简洁'})).toBeChecked();
  });

  it('shows in the preview exactly what is copied, typography spaces included', async () => {
    const user = userEvent.setup();
    render(<PhrasePicker id="greeting-returning-order" />);
    await user.type(screen.getByRole('textbox', {name: /^订单号/}), '202611290001234567');
    await user.click(screen.getByRole('button', {name: '复制'}));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('订单 202611290001234567 啦');
    expect(preview().textContent).toBe(copied);
  });

  it('clears 已复制 when the tone, the channel or a field changes', async () => {
    const user = userEvent.setup();
    render(<PhrasePicker id="greeting-returning-order" />);
    const field = screen.getByRole('textbox', {name: /^订单号/});
    await user.type(field, '2026112400012345');
    await user.click(screen.getByRole('button', {name: '复制'}));
    expect(screen.getByRole('status')).toHaveTextContent('已复制');
    await user.type(field, '6');
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', {name: '复制'}));
    expect(screen.getByRole('status')).toHaveTextContent('已复制');
    await user.click(screen.getByRole('radio', {name: '专业'}));
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', {name: '复制'}));
    expect(screen.getByRole('status')).toHaveTextContent('已复制');
    // Same text for every channel: switching the channel still makes the message stale.
    await user.click(screen.getByRole('radio', {name: '电话'}));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('does not copy on the Enter that commits an input-method composition', async () => {
    render(<PhrasePicker id="greeting-returning-order" />);
    const field = screen.getByRole('textbox', {name: /^订单号/});
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    field.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, cancelable: true, isComposing: true}));
    expect(write).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('opened to be filled, puts the cursor in the first empty field, or on 复制 when all are filled', () => {
    const phrase = phraseById('greeting-returning-order')!;
    const {unmount} = render(<Picker phrase={phrase} autoFocus />);
    expect(screen.getByRole('textbox', {name: /^订单号/})).toHaveFocus();
    unmount();
    render(<Picker phrase={phrase} autoFocus values={{order_no: '2026112400012345'}} />);
    expect(screen.getByRole('button', {name: '复制'})).toHaveFocus();
  });

  it('caps a huge paste and cleans half an emoji in a field', async () => {
    const user = userEvent.setup();
    render(<PhrasePicker id="greeting-returning-order" />);
    const field = screen.getByRole('textbox', {name: /^订单号/});
    field.focus();
    await user.paste('1'.repeat(100_000) + '\uD83D');
    expect((field as HTMLInputElement).value.length).toBeLessThanOrEqual(200);
    expect(() => encodeURIComponent(preview().textContent!)).not.toThrow();
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
