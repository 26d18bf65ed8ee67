import { z } from 'zod';
import { defineTool } from '@modelgate/provider-contracts';

/** The tool the simulator's model asks for when it reads "What is a * b?". */
export const calculator = defineTool({
  name: 'calculator',
  description: 'Multiplies two numbers written as "a * b"',
  parameters: z.object({ expression: z.string() }),
  execute: ({ expression }) => {
    const [a = NaN, b = NaN] = expression.split('*').map((part) => Number(part.trim()));
    return String(a * b);
  },
});
