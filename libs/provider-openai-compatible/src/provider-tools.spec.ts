import { type ChatRequest, type ChatResult, createToolset, defineTool, type Provider, type StreamEvent } from '@modelgate/provider-contracts';
import { z } from 'zod';
import { ask, collect, comparable, providerFor, rejection, useSimulator } from './test-support/harness';

type Mode = 'chat' | 'stream';
const modes: Mode[] = ['chat', 'stream'];

async function run(provider: Provider, request: ChatRequest, mode: Mode): Promise<{ result: ChatResult; events: StreamEvent[] }> {
  if (mode === 'chat') return { result: await provider.chat(request), events: [] };
  return collect(provider.stream(request));
}

/** Tools that record their calls; `weather` and `time` wait for each other, so they only finish if run in parallel. */
function tools() {
  const started: string[] = [];
  let running = 0;
  let maxRunning = 0;
  let release!: () => void;
  const bothStarted = new Promise<void>((resolve) => (release = resolve));
  const meet = async (name: string) => {
    started.push(name);
    running++;
    maxRunning = Math.max(maxRunning, running);
    if (started.includes('weather') && started.includes('time')) release();
    await bothStarted;
    running--;
  };
  const executor = createToolset([
    defineTool({
      name: 'weather',
      parameters: z.object({ city: z.string() }),
      execute: async ({ city }) => {
        await meet('weather');
        return { city, sky: 'sunny' };
      },
    }),
    defineTool({
      name: 'time',
      parameters: z.object({ tz: z.string() }),
      execute: async ({ tz }) => {
        await meet('time');
        return `12:00 ${tz}`;
      },
    }),
    defineTool({
      name: 'lookup',
      parameters: z.object({ q: z.string() }),
      execute: ({ q }) => `found ${q}`,
    }),
    defineTool({
      name: 'boom',
      parameters: z.object({}),
      execute: () => {
        throw new Error('the tool exploded');
      },
    }),
    defineTool({
      name: 'hang',
      parameters: z.object({}),
      execute: (_args, { signal }) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('stopped')))),
    }),
  ]);
  return { executor, started, maxRunning: () => maxRunning };
}

const definitionOf = (name: string, properties: Record<string, unknown> = {}) => ({
  name,
  parameters: { type: 'object', properties, required: Object.keys(properties) },
});
const offered = [
  definitionOf('weather', { city: { type: 'string' } }),
  definitionOf('time', { tz: { type: 'string' } }),
  definitionOf('lookup', { q: { type: 'string' } }),
  definitionOf('boom'),
  definitionOf('hang'),
];

const parallelCalls = {
  toolCalls: [
    { name: 'weather', arguments: { city: 'Paris' }, id: 'call_w' },
    { name: 'time', arguments: { tz: 'UTC' }, id: 'call_t' },
  ],
  usage: { prompt_tokens: 20, completion_tokens: 10 },
};
const answer = { text: 'Sunny, and it is noon.', usage: { prompt_tokens: 40, completion_tokens: 8 } };

describe('the tool loop against the gateway simulator', () => {
  const simulator = useSimulator();

  it.each(modes)('runs parallel tool calls and answers from their results (%s)', async (mode) => {
    const set = tools();
    simulator().enqueue('gpt-4o-mini', parallelCalls, answer);
    const { result } = await run(providerFor(simulator(), { toolExecutor: set.executor }), ask('weather and time?', { tools: offered, timeoutMs: 5000 }), mode);
    expect(set.maxRunning()).toBe(2);
    expect(result).toMatchObject({ content: 'Sunny, and it is noon.', turns: 2, finishReason: { unified: 'stop' } });
    expect(result.toolCalls.map((c) => [c.id, c.name, c.args, c.result, c.error, c.turn])).toEqual([
      ['call_w', 'weather', { city: 'Paris' }, '{"city":"Paris","sky":"sunny"}', null, 1],
      ['call_t', 'time', { tz: 'UTC' }, '12:00 UTC', null, 1],
    ]);
    expect(result.usage).toMatchObject({ inputTokens: 60, outputTokens: 18, totalTokens: 78 });
    expect(result.timing.segments.map((s) => `${s.kind}:${s.turn}`).sort()).toEqual(['model:1', 'model:2', 'tool:1', 'tool:1']);
    const second = simulator().chatRequests[1].messages;
    expect(second.slice(1)).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_w', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
          { id: 'call_t', type: 'function', function: { name: 'time', arguments: '{"tz":"UTC"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_w', content: '{"city":"Paris","sky":"sunny"}' },
      { role: 'tool', tool_call_id: 'call_t', content: '12:00 UTC' },
    ]);
  });

  it('gives the same result streamed and not for the same tool script', async () => {
    simulator().enqueue('gpt-4o-mini', parallelCalls, answer, parallelCalls, answer);
    const request = ask('weather and time?', { tools: offered, timeoutMs: 5000 });
    const plain = await run(providerFor(simulator(), { toolExecutor: tools().executor }), request, 'chat');
    const streamed = await run(providerFor(simulator(), { toolExecutor: tools().executor }), request, 'stream');
    expect(comparable(streamed.result)).toEqual(comparable(plain.result));
  });

  it('streams every turn: tool calls, their results, usage per turn, then the answer', async () => {
    simulator().enqueue('gpt-4o-mini', parallelCalls, answer);
    const { events } = await run(providerFor(simulator(), { toolExecutor: tools().executor }), ask('both?', { tools: offered, timeoutMs: 5000 }), 'stream');
    const shape = events.map((e) => ('turn' in e ? `${e.type}:${e.turn}` : e.type)).filter((s) => s !== 'text-delta:2');
    expect(shape).toEqual([
      'turn-start:1',
      'usage:1',
      'tool-call:1',
      'tool-call:1',
      'tool-result:1',
      'tool-result:1',
      'turn-start:2',
      'usage:2',
      'finish',
    ]);
    expect(events.find((e) => e.type === 'tool-call')).toEqual({ type: 'tool-call', turn: 1, id: 'call_w', name: 'weather', arguments: '{"city":"Paris"}' });
  });

  it('forces the named tool on the first turn only, then lets the model choose', async () => {
    const { result } = await run(
      providerFor(simulator(), { toolExecutor: tools().executor }),
      ask('anything', { tools: offered, toolChoice: { type: 'tool', name: 'lookup' } }),
      'chat',
    );
    expect(simulator().chatRequests.map((r) => r.tool_choice)).toEqual([{ type: 'function', function: { name: 'lookup' } }, 'auto']);
    expect(result.toolCalls.map((c) => c.name)).toEqual(['lookup']);
    expect(result.content).toContain('found');
  });

  it('forces some tool with required on the first turn only', async () => {
    const request = ask('anything', { tools: offered.filter((t) => t.name === 'lookup'), toolChoice: 'required' });
    const { result } = await run(providerFor(simulator(), { toolExecutor: tools().executor }), request, 'stream');
    expect(simulator().chatRequests.map((r) => r.tool_choice)).toEqual(['required', 'auto']);
    expect(result.toolCalls.map((c) => c.name)).toEqual(['lookup']);
  });

  it('offers only the request tools, not everything the executor knows', async () => {
    await run(providerFor(simulator(), { toolExecutor: tools().executor }), ask('hi'), 'chat');
    expect(simulator().chatRequests[0].tools).toBeUndefined();
    expect(simulator().chatRequests[0].tool_choice).toBeUndefined();
  });

  const lookup = (n: number) => ({ toolCalls: [{ name: 'lookup', arguments: { q: `q${n}` } }] });

  it.each(modes)('makes one last call without tools at the loop limit (%s)', async (mode) => {
    simulator().enqueue('gpt-4o-mini', lookup(1), lookup(2), lookup(3));
    const { result } = await run(
      providerFor(simulator(), { toolExecutor: tools().executor }),
      ask('loop', { tools: offered, maxToolIterations: 2 }),
      mode,
    );
    const sent = simulator().chatRequests;
    expect(sent).toHaveLength(3);
    expect(sent[2].tool_choice).toBe('none');
    expect(sent[2].tools).toHaveLength(offered.length);
    expect(result.toolCalls.map((c) => c.args)).toEqual([{ q: 'q1' }, { q: 'q2' }]);
    expect(result.turns).toBe(3);
  });

  it.each(modes)('fails with tool_loop_limit at the limit when asked to (%s)', async (mode) => {
    simulator().enqueue('gpt-4o-mini', lookup(1), lookup(2), lookup(3));
    const error = await rejection(
      run(providerFor(simulator(), { toolExecutor: tools().executor }), ask('loop', { tools: offered, maxToolIterations: 2, onToolLoopLimit: 'error' }), mode),
    );
    expect(error).toMatchObject({ code: 'tool_loop_limit', provider: 'litellm', retryable: false });
    expect(simulator().chatRequests).toHaveLength(2);
  });

  it.each(modes)('sends a throwing tool, bad JSON arguments and an unknown tool back to the model (%s)', async (mode) => {
    simulator().enqueue(
      'gpt-4o-mini',
      {
        toolCalls: [
          { name: 'boom', arguments: {}, id: 'c_boom' },
          { name: 'lookup', arguments: '{"q": oops', id: 'c_bad' },
          { name: 'teleport', arguments: {}, id: 'c_unknown' },
        ],
      },
      { text: 'I could not do it.' },
    );
    const { result } = await run(providerFor(simulator(), { toolExecutor: tools().executor }), ask('try', { tools: offered }), mode);
    expect(result.content).toBe('I could not do it.');
    expect(result.toolCalls.map((c) => [c.id, c.result, c.error])).toEqual([
      ['c_boom', null, 'the tool exploded'],
      ['c_bad', null, expect.stringContaining('not valid JSON')],
      ['c_unknown', null, expect.stringContaining('Unknown tool "teleport"')],
    ]);
    const toolMessages = simulator().chatRequests[1].messages.filter((m) => m.role === 'tool');
    expect(toolMessages.map((m) => JSON.parse(m.content as string))).toEqual([
      { error: 'the tool exploded' },
      { error: expect.stringContaining('not valid JSON') },
      { error: expect.stringContaining('Unknown tool') },
    ]);
  });

  it('sends every call back as an error when no executor is configured', async () => {
    simulator().enqueue('gpt-4o-mini', lookup(1));
    const { result } = await run(providerFor(simulator()), ask('try', { tools: offered }), 'chat');
    expect(result.toolCalls[0].error).toContain('No tool executor');
    expect(result.turns).toBe(2);
  });

  it('gives up on a tool after its own timeout and carries on', async () => {
    simulator().enqueue('gpt-4o-mini', { toolCalls: [{ name: 'hang', arguments: {} }] });
    const { result } = await run(providerFor(simulator(), { toolExecutor: tools().executor }), ask('try', { tools: offered, toolTimeoutMs: 30 }), 'stream');
    expect(result.toolCalls[0].error).toContain('did not finish within 30 ms');
    expect(result.turns).toBe(2);
  });

  it('runs the tools of a turn one at a time with a concurrency of one', async () => {
    simulator().enqueue('gpt-4o-mini', { toolCalls: [{ name: 'lookup', arguments: { q: 'a' } }, { name: 'lookup', arguments: { q: 'b' } }] });
    const set = tools();
    const { result } = await run(providerFor(simulator(), { toolExecutor: set.executor, config: { toolConcurrency: 1 } }), ask('two', { tools: offered }), 'chat');
    expect(result.toolCalls.map((c) => c.result)).toEqual(['found a', 'found b']);
  });

  it.each(modes)('synthesises ids the gateway dropped and answers with them (%s)', async (mode) => {
    simulator().enqueue('gpt-4o-mini', {
      fault: 'missing-tool-ids',
      reply: { toolCalls: [{ name: 'lookup', arguments: { q: 'a' } }, { name: 'lookup', arguments: { q: 'b' } }] },
    });
    const { result } = await run(providerFor(simulator(), { toolExecutor: tools().executor }), ask('go', { tools: offered }), mode);
    expect(result.toolCalls.map((c) => [c.id, c.result])).toEqual([
      ['call_1_0', 'found a'],
      ['call_1_1', 'found b'],
    ]);
    const toolIds = simulator().chatRequests[1].messages.filter((m) => m.role === 'tool').map((m) => m.tool_call_id);
    expect(toolIds).toEqual(['call_1_0', 'call_1_1']);
  });

  it('splits parallel calls that a buggy proxy streams all on index 0', async () => {
    const calls = { toolCalls: [{ name: 'weather', arguments: { city: 'Paris' } }, { name: 'time', arguments: { tz: 'UTC' } }] };
    simulator().enqueue('gpt-4o-mini', { fault: 'tool-deltas-index0', reply: calls }, answer);
    const { result } = await run(providerFor(simulator(), { toolExecutor: tools().executor }), ask('both', { tools: offered, timeoutMs: 5000 }), 'stream');
    expect(result.toolCalls.map((c) => [c.name, c.arguments, c.error])).toEqual([
      ['weather', '{"city":"Paris"}', null],
      ['time', '{"tz":"UTC"}', null],
    ]);
    expect(new Set(result.toolCalls.map((c) => c.id)).size).toBe(2);
  });
});
