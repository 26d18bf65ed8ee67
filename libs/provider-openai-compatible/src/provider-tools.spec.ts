import { ask, comparable, MODES, providerFor, run, useSimulator } from './test-support/harness';
import { offeredTools as offered, testTools as tools } from './test-support/tools';
import { rejection } from '@modelgate/testing';

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

  it.each(MODES)('runs parallel tool calls and answers from their results (%s)', async (mode) => {
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

  it('gives the same result streamed and not for the same tool script, but for the reasoning tokens', async () => {
    simulator().enqueue('gpt-4o-mini', parallelCalls, answer, parallelCalls, answer);
    const request = ask('weather and time?', { tools: offered, timeoutMs: 5000 });
    const plain = await run(providerFor(simulator(), { toolExecutor: tools().executor }), request, 'chat');
    const streamed = await run(providerFor(simulator(), { toolExecutor: tools().executor }), request, 'stream');
    // LiteLLM 1.83 reports `reasoning_tokens: 0` in the usage of a text stream only, not in a JSON answer.
    expect([streamed.result.usage.reasoningTokens, plain.result.usage.reasoningTokens]).toEqual([0, null]);
    const withoutReasoning = (result: typeof plain.result) => ({
      ...comparable(result),
      usage: { ...result.usage, reasoningTokens: null },
    });
    expect(withoutReasoning(streamed.result)).toEqual(withoutReasoning(plain.result));
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

  it.each(MODES)('makes one last call without tools at the loop limit (%s)', async (mode) => {
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

  it.each(MODES)('fails with tool_loop_limit at the limit when asked to (%s)', async (mode) => {
    simulator().enqueue('gpt-4o-mini', lookup(1), lookup(2), lookup(3));
    const error = await rejection(
      run(providerFor(simulator(), { toolExecutor: tools().executor }), ask('loop', { tools: offered, maxToolIterations: 2, onToolLoopLimit: 'error' }), mode),
    );
    expect(error).toMatchObject({ code: 'tool_loop_limit', provider: 'litellm', retryable: false });
    expect(simulator().chatRequests).toHaveLength(2);
  });

});
