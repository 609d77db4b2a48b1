import React from 'react';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cleanup, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SoothingBuilder from '.';
import {joinSoothing, stockEmpathy} from './steps';
import {resetStores} from '../../client/profile';

beforeEach(resetStores);
afterEach(cleanup);

describe('joinSoothing', () => {
  it('joins the three steps into one sentence', () => {
    expect(joinSoothing(['我能感受到您现在的着急。', '因为快递延误确实会影响您的计划，', '我们已经升级为加急件'])).toBe(
      '我能感受到您现在的着急，因为快递延误确实会影响您的计划，我们已经升级为加急件。',
    );
    expect(stockEmpathy('我理解您的心情')).toBe('我理解您的心情');
  });
});

describe('<SoothingBuilder>', {timeout: 15_000}, () => {
  it('builds the reply from the options in the data, and asks for their placeholders before copying', async () => {
    const user = userEvent.setup();
    render(<SoothingBuilder />);
    const steps = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
    expect(steps.map((s) => s.querySelector('legend')!.textContent)).toEqual(['1情绪认同', '2原因归因', '3解决方案']);
    // Step 3's option from the data has placeholders: they are asked before copying.
    expect(within(steps[2]!).getByRole('radio', {name: /订单/})).toBeChecked();
    await user.click(screen.getByRole('button', {name: '复制这段安抚'}));
    expect(screen.getByRole('status')).toHaveTextContent('还不能复制：请先填写“订单号”');
  });

  it('waits for every step before offering the copy', async () => {
    const user = userEvent.setup();
    render(<SoothingBuilder />);
    const steps = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
    await user.click(within(steps[1]!).getByRole('radio', {name: '自己写'}));
    expect(screen.getByRole('status')).toHaveTextContent('还差：原因归因');
    expect(screen.queryByRole('button', {name: '复制这段安抚'})).toBeNull();
  });

  it('flags template empathy and negative words in what the agent writes', async () => {
    const user = userEvent.setup();
    render(<SoothingBuilder />);
    const steps = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');
    await user.click(within(steps[0]!).getByRole('radio', {name: '自己写'}));
    await user.click(within(steps[2]!).getByRole('radio', {name: '自己写'}));
    await user.type(screen.getByRole('textbox', {name: '情绪认同（自己写）'}), '我理解您的心情');
    await user.type(screen.getByRole('textbox', {name: '解决方案（自己写）'}), '现在没办法加急，明天一定送到');
    expect(screen.getByText(/模板化的共情/)).toBeInTheDocument();
    expect(screen.getByText(/里面有否定说法：“没办法”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', {name: '复制这段安抚'}));
    await expect(navigator.clipboard.readText()).resolves.toBe('我理解您的心情，因为快递延误确实会影响您的使用计划，现在没办法加急，明天一定送到。');
  });
});

describe('splitThreeStep', () => {
  it('cuts a worked example into its three steps', async () => {
    const {splitThreeStep} = await import('./steps');
    expect(splitThreeStep('我能感受到您现在的着急，因为快递延误确实会影响您的使用计划，我们已经联系快递方升级为加急件，预计{eta}就能送达。')).toEqual([
      '我能感受到您现在的着急',
      '因为快递延误确实会影响您的使用计划',
      '我们已经联系快递方升级为加急件，预计{eta}就能送达。',
    ]);
    expect(splitThreeStep('包裹没按时送到，着急是难免的。这次延误是因为{reason}，我们已联系快递方加急。')?.[1]).toBe('这次延误是因为{reason}');
    expect(splitThreeStep('知道您着急，已升级加急件。')).toBeNull();
  });
});
