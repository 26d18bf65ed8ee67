import type { ToolCallContext } from '@modelgate/provider-contracts';
import { calculator } from './calculator';

const context: ToolCallContext = { signal: new AbortController().signal, toolCallId: 'call_1', model: 'litellm/sim-gpt', turn: 1 };

describe('calculator', () => {
  it.each([
    ['12 * 7', '84'],
    ['1.5 + 2', '3.5'],
    ['-3 - 4', '-7'],
    ['9 / 3', '3'],
  ])('evaluates %s to %s', (expression, result) => {
    expect(calculator.execute({ expression }, context)).toBe(result);
  });

  it('accepts only one operation of two numbers', () => {
    expect(calculator.parameters.safeParse({ expression: '12 * 7' }).success).toBe(true);
    expect(calculator.parameters.safeParse({ expression: 'process.exit()' }).success).toBe(false);
    expect(calculator.parameters.safeParse({ expression: '1 + 2 + 3' }).success).toBe(false);
  });
});
