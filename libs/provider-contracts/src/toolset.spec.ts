import { z } from 'zod';
import { isProviderError } from './provider-error';
import { ToolDefinition } from './tool';
import type { ToolCallContext } from './tool-executor';
import { createToolset, defineTool } from './toolset';

const context: ToolCallContext = { signal: new AbortController().signal, toolCallId: 'call_1', model: 'litellm/m', turn: 1 };

const weather = defineTool({
  name: 'get_weather',
  description: 'Weather for a city',
  parameters: z.object({ city: z.string().min(1), days: z.number().int().min(1).default(1) }),
  execute: (args, callContext) => ({ forecast: `${args.city} for ${args.days} day(s)`, call: callContext.toolCallId }),
});

const clock = defineTool({
  name: 'now',
  parameters: z.object({}),
  execute: async () => '12:00',
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('createToolset', () => {
  it('hands execute the parsed arguments, defaults applied, with the call context', async () => {
    const toolset = createToolset([weather, clock]);
    await expect(toolset.execute('get_weather', { city: 'Paris' }, context)).resolves.toEqual({
      forecast: 'Paris for 1 day(s)',
      call: 'call_1',
    });
    await expect(toolset.execute('now', {}, context)).resolves.toBe('12:00');
  });

  it('refuses invalid arguments with a tool_failed error naming each issue path, without running the tool', async () => {
    const execute = jest.fn();
    const toolset = createToolset([{ ...weather, execute }]);
    const error = await rejection(toolset.execute('get_weather', { city: '', days: 0.5 }, context));
    expect(isProviderError(error) && error.code).toBe('tool_failed');
    expect((error as Error).message).toMatch(/^Invalid arguments for "get_weather": city: .+; days: .+$/);
    expect(execute).not.toHaveBeenCalled();
  });

  it('names the root when the arguments are not an object', async () => {
    const error = await rejection(createToolset([weather]).execute('get_weather', 'Paris', context));
    expect((error as Error).message).toContain('(root): ');
  });

  it('refuses an unknown tool with a tool_failed error', async () => {
    const error = await rejection(createToolset([weather]).execute('get_time', {}, context));
    expect(isProviderError(error) && error.code).toBe('tool_failed');
    expect((error as Error).message).toBe('Unknown tool "get_time"');
  });

  it('lets an error thrown by the tool itself reach the caller unchanged', async () => {
    const failure = new Error('station offline');
    const broken = defineTool({ name: 'broken', parameters: z.object({}), execute: () => Promise.reject(failure) });
    await expect(createToolset([broken]).execute('broken', {}, context)).rejects.toBe(failure);
  });

  it('throws when two tools share a name', () => {
    expect(() => createToolset([weather, { ...clock, name: 'get_weather' }])).toThrow('Tool "get_weather" is defined twice');
  });

  it('throws for a tool name the gateway would refuse', () => {
    expect(() => createToolset([{ ...clock, name: 'get weather' }])).toThrow('Tool name "get weather" must be');
  });

  it('describes each tool with its JSON Schema, leaving out a missing description', () => {
    const [weatherDefinition, clockDefinition] = createToolset([weather, clock]).definitions();
    expect(weatherDefinition).toMatchObject({
      name: 'get_weather',
      description: 'Weather for a city',
      parameters: {
        type: 'object',
        properties: { city: { type: 'string', minLength: 1 }, days: { type: 'integer', minimum: 1, default: 1 } },
        required: ['city'],
      },
    });
    expect(clockDefinition).not.toHaveProperty('description');
    expect(clockDefinition?.parameters).toMatchObject({ type: 'object', properties: {} });
  });

  it('gives definitions that the ToolDefinition schema accepts', () => {
    for (const definition of createToolset([weather, clock]).definitions()) {
      expect(ToolDefinition.safeParse(definition).success).toBe(true);
    }
  });
});
