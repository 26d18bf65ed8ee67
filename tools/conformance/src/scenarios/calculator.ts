import { z } from 'zod';
import { defineTool } from '@modelgate/provider-contracts';

const EXPRESSION = /^\s*(-?\d+(?:\.\d+)?)\s*([-+*/])\s*(-?\d+(?:\.\d+)?)\s*$/;

const operations: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
};

/**
 * The tool of the tool-loop scenarios. Its name and `expression` parameter are what the gateway simulator's
 * scripted model calls for arithmetic ("What is 12 * 7?" -> `calculator({"expression":"12 * 7"})`).
 */
export const calculator = defineTool({
  name: 'calculator',
  description: 'Evaluates one arithmetic operation written as "a op b", e.g. "12 * 7"',
  parameters: z.object({ expression: z.string().regex(EXPRESSION) }),
  execute: ({ expression }) => {
    const [, a = '', operator = '', b = ''] = EXPRESSION.exec(expression) ?? [];
    return String(operations[operator]?.(Number(a), Number(b)));
  },
});
