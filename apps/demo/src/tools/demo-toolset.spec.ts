import { isProviderError } from '@modelgate/provider-contracts';
import { DEMO_TOOL_NAMES } from '../shared/demo-tool-names';
import { createDemoToolset } from './demo-toolset';

const context = { signal: new AbortController().signal, toolCallId: 'call_1', model: 'litellm/m', turn: 1 };

describe('createDemoToolset', () => {
  const toolset = createDemoToolset();

  it('offers the calculator and the unit converter with JSON Schema parameters', () => {
    const definitions = toolset.definitions();
    expect(definitions.map((d) => d.name)).toEqual(['calculator', 'convert_units']);
    expect(definitions.map((d) => d.name)).toEqual([...DEMO_TOOL_NAMES]);
    expect(definitions[0]!.parameters).toMatchObject({
      type: 'object',
      properties: { expression: { type: 'string' } },
      required: ['expression'],
      additionalProperties: false,
    });
  });

  it('answers the calculator with the number as text', async () => {
    await expect(toolset.execute('calculator', { expression: '12 * 7' }, context)).resolves.toBe('84');
  });

  it('answers a conversion with both sides of it', async () => {
    await expect(toolset.execute('convert_units', { value: 10, from: 'km', to: 'mi' }, context)).resolves.toBe(
      '10 km = 6.21371192237 mi',
    );
  });

  it('turns arguments that do not fit the schema into a tool_failed error', async () => {
    const failure = await toolset.execute('convert_units', { value: 'ten', from: 'km', to: 'parsec' }, context).catch((e: unknown) => e);
    expect(isProviderError(failure) && failure.code).toBe('tool_failed');
    expect((failure as Error).message).toMatch(/value.*; to/);
  });

  it('rejects extra argument fields, since a model may only fill in what the tool declares', async () => {
    const failure = await toolset.execute('calculator', { expression: '1', code: 'x' }, context).catch((e: unknown) => e);
    expect(isProviderError(failure) && failure.code).toBe('tool_failed');
  });

  it('lets a bad expression fail the call with the reason, for the model to read', async () => {
    await expect(toolset.execute('calculator', { expression: '1 / 0' }, context)).rejects.toThrow('Division by zero at column 5');
  });
});
