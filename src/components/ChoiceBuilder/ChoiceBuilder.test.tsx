import React from 'react';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ChoiceBuilder from '.';
import {optionAdvice} from './frame';
import {resetStores} from '../../client/profile';

beforeEach(resetStores);
afterEach(cleanup);

describe('optionAdvice', () => {
  it('asks for two different, short, positive options', () => {
    expect(optionAdvice('换新', '换新')).toEqual(['两个方案一模一样，客户等于没得选：换一个真正不同的方案。']);
    expect(optionAdvice('不能退款，但可以换货', '退款')[0]).toMatch(/方案A里有“不能”/);
    expect(optionAdvice('免费更换新商品', '全额退款+10%补偿券')).toEqual([]);
  });
});

describe('<ChoiceBuilder>', () => {
  it('puts the two options into the sentence and copies it only when both are there', async () => {
    const user = userEvent.setup();
    render(<ChoiceBuilder />);
    await user.type(screen.getByRole('textbox', {name: '方案A'}), '免费更换新商品');
    await user.click(screen.getByRole('button', {name: '复制'}));
    expect(screen.getByRole('status')).toHaveTextContent('还不能复制：请先填写“方案B”');
    await user.type(screen.getByRole('textbox', {name: '方案B'}), '全额退款+10%补偿券');
    await user.click(screen.getByRole('button', {name: '复制'}));
    await expect(navigator.clipboard.readText()).resolves.toBe('针对这个问题，您可以选择方案A：免费更换新商品；也可以选择方案B：全额退款+10%补偿券，您更倾向哪种呢？');
  });
});

describe('frames from the phrase library', () => {
  it('turns a phrase that offers 方案 A / 方案 B into a frame, its options becoming the examples', async () => {
    const {frameFromText, findFrames} = await import('./frame');
    const f = frameFromText('针对这个问题，您可以选择方案 A：免费更换新商品；也可以选择方案 B：全额退款 + 10% 补偿券，您更倾向哪种呢？', '亲切')!;
    expect(f.template).toBe('针对这个问题，您可以选择方案 A：{option_a}；也可以选择方案 B：{option_b}，您更倾向哪种呢？');
    expect([f.placeholders.option_a!.example, f.placeholders.option_b!.example]).toEqual(['免费更换新商品', '全额退款 + 10% 补偿券']);
    expect(frameFromText('第一个，免费换新；第二个，退款', '专业')).toBeNull();
    expect(findFrames([])[0]!.template).toMatch(/方案A：\{option_a\}/);
  });
});
