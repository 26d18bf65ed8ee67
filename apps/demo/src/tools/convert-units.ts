import { z } from 'zod';
import { defineTool } from '@modelgate/provider-contracts';
import { formatNumber } from './arithmetic';
import { Unit, convertUnits } from './units';

/** Length, mass and temperature conversions with exact factors. */
export const convertUnitsTool = defineTool({
  name: 'convert_units',
  description: `Converts a value between units of length, mass or temperature. Units: ${Unit.options.join(', ')}.`,
  parameters: z.strictObject({
    value: z.number().finite().describe('The amount to convert'),
    from: Unit.describe('Unit of the value'),
    to: Unit.describe('Unit to convert to'),
  }),
  execute: ({ value, from, to }) => `${formatNumber(value)} ${from} = ${formatNumber(convertUnits(value, from, to))} ${to}`,
});
