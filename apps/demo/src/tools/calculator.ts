import { z } from 'zod';
import { defineTool } from '@modelgate/provider-contracts';
import { MAX_EXPRESSION_LENGTH, evaluateArithmetic, formatNumber } from './arithmetic';

/** Deterministic arithmetic for the model: the answer to "What is 12 * 7?" should not be a guess. */
export const calculatorTool = defineTool({
  name: 'calculator',
  description: 'Evaluates an arithmetic expression with + - * /, parentheses and decimals, e.g. "12 * (3 + 4.5)".',
  parameters: z.strictObject({
    expression: z.string().min(1).max(MAX_EXPRESSION_LENGTH).describe('The expression to evaluate'),
  }),
  execute: ({ expression }) => formatNumber(evaluateArithmetic(expression)),
});
