import { chat, sseChunks, sseData, useSimulator, userSays } from './test-support/http';

type Chunk = {
  object: string;
  choices: { index: number; delta: Record<string, unknown> & { tool_calls?: { index: number; id?: string; function: { name?: string; arguments: string } }[] }; finish_reason: string | null }[];
  usage?: Record<string, number>;
};

const calculator = {
  type: 'function',
  function: { name: 'calculator', parameters: { type: 'object', properties: { expression: { type: 'string' } }, required: ['expression'] } },
};

describe('chat completions as server-sent events', () => {
  const simulator = useSimulator();
  const stream = async (body: Record<string, unknown>) => {
    const response = await chat(simulator(), { stream: true, ...body });
    return { response, text: await response.text() };
  };

  it('frames chunks as data lines separated by blank lines and ends with [DONE]', async () => {
    const { response, text } = await stream({ model: 'gpt-4o-mini', messages: userSays('hello world') });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(text.startsWith('data: {')).toBe(true);
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    const chunks = sseChunks(text) as Chunk[];
    expect(new Set(chunks.map((chunk) => chunk.object))).toEqual(new Set(['chat.completion.chunk']));
    expect(chunks.map((chunk) => chunk.choices[0]?.delta['content'] ?? '').join('')).toBe('You said: hello world');
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
  });

  it('splits text by the scripted chunk size', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'abcdef', chunkSize: 2 });
    const chunks = sseChunks((await stream({ model: 'gpt-4o-mini', messages: userSays('q') })).text) as Chunk[];
    expect(chunks.map((chunk) => chunk.choices[0]?.delta['content']).filter(Boolean)).toEqual(['ab', 'cd', 'ef']);
  });

  it('sends a usage chunk with one empty choice when include_usage is set, as LiteLLM 1.83 does', async () => {
    const chunks = sseChunks((await stream({ model: 'gpt-4o-mini', messages: userSays('q'), stream_options: { include_usage: true } })).text) as Chunk[];
    const last = chunks.at(-1)!;
    expect(last.choices).toEqual([{ index: 0, delta: {} }]);
    expect(last.usage!['total_tokens']).toBe(last.usage!['prompt_tokens']! + last.usage!['completion_tokens']!);
  });

  it('sends no usage chunk when include_usage is absent or false', async () => {
    for (const options of [{}, { stream_options: { include_usage: false } }]) {
      const chunks = sseChunks((await stream({ model: 'gpt-4o-mini', messages: userSays('q'), ...options })).text) as Chunk[];
      expect(chunks.some((chunk) => 'usage' in chunk)).toBe(false);
    }
  });

  it('carries a scripted usage cost in the usage chunk', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'x', usage: { cost: 0.001 } });
    const chunks = sseChunks((await stream({ model: 'gpt-4o-mini', messages: userSays('q'), stream_options: { include_usage: true } })).text) as Chunk[];
    expect(chunks.at(-1)?.usage?.['cost']).toBe(0.001);
  });

  it('sends the gateway headers but no cost, model group or retries, and a cost-original of 0.0 (issue #12689)', async () => {
    const { response } = await stream({ model: 'gpt-4o-mini', messages: userSays('q') });
    expect(response.headers.get('x-litellm-call-id')).toBeTruthy();
    expect(response.headers.get('x-litellm-model-id')).toMatch(/^[0-9a-f]{64}$/);
    expect(response.headers.get('x-litellm-response-cost-original')).toBe('0.0');
    for (const name of ['x-litellm-response-cost', 'x-litellm-model-group', 'x-litellm-attempted-retries']) {
      expect(response.headers.has(name)).toBe(false);
    }
  });

  it('streams reasoning_content deltas before the content', async () => {
    const chunks = sseChunks((await stream({ model: 'reasoner-mini', messages: userSays('hi') })).text) as Chunk[];
    const kinds = chunks.map((chunk) => Object.keys(chunk.choices[0]?.delta ?? {}).find((key) => key !== 'role'));
    expect(kinds[0]).toBe('reasoning_content');
    expect(kinds.lastIndexOf('reasoning_content')).toBeLessThan(kinds.indexOf('content'));
  });

  it('streams a tool call: id and name first, arguments in several deltas, finish reason tool_calls', async () => {
    const chunks = sseChunks((await stream({ model: 'gpt-4o-mini', messages: userSays('What is 12 * 7?'), tools: [calculator] })).text) as Chunk[];
    const calls = chunks.flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []);
    expect(calls[0]).toEqual({ index: 0, id: 'call_1', type: 'function', function: { name: 'calculator', arguments: '' } });
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.slice(1).every((call) => call.id === undefined && call.function.name === undefined)).toBe(true);
    expect(calls.every((call) => (call as { type?: string }).type === 'function')).toBe(true);
    expect(calls.map((call) => call.function.arguments).join('')).toBe('{"expression":"12 * 7"}');
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('gives parallel tool calls their own indexes', async () => {
    simulator().enqueue('gpt-4o-mini', { toolCalls: [{ name: 'a', arguments: '{}' }, { name: 'b', arguments: '{}' }] });
    const chunks = sseChunks((await stream({ model: 'gpt-4o-mini', messages: userSays('q') })).text) as Chunk[];
    const openings = chunks.flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []).filter((call) => call.id !== undefined);
    expect(openings.map((call) => [call.index, call.function.name])).toEqual([[0, 'a'], [1, 'b']]);
  });

  it('puts parallel tool calls all on index 0 for the tool-deltas-index0 fault (issues #21331, #33678)', async () => {
    simulator().enqueue('gpt-4o-mini', {
      fault: 'tool-deltas-index0',
      reply: { toolCalls: [{ name: 'a', arguments: '{"x":1}' }, { name: 'b', arguments: '{"y":2}' }] },
    });
    const chunks = sseChunks((await stream({ model: 'gpt-4o-mini', messages: userSays('q') })).text) as Chunk[];
    const calls = chunks.flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []);
    expect(new Set(calls.map((call) => call.index))).toEqual(new Set([0]));
    const openings = calls.filter((call) => call.id !== undefined);
    expect(openings.map((call) => call.function.name)).toEqual(['a', 'b']);
  });

  it('leaves every tool-call id out for the missing-tool-ids fault', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'missing-tool-ids', reply: { toolCalls: [{ name: 'a', arguments: '{}' }] } });
    const chunks = sseChunks((await stream({ model: 'gpt-4o-mini', messages: userSays('q') })).text) as Chunk[];
    const calls = chunks.flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((call) => call.id === undefined)).toBe(true);
    expect(calls[0]?.function.name).toBe('a');
  });

  it('sends only [DONE] after the last chunk, nothing else', async () => {
    const frames = sseData((await stream({ model: 'gpt-4o-mini', messages: userSays('q') })).text);
    expect(frames.filter((frame) => frame === '[DONE]')).toHaveLength(1);
    expect(frames.at(-1)).toBe('[DONE]');
  });
});
