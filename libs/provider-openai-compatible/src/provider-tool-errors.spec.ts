import { ask, MODES, providerFor, run, useSimulator } from './test-support/harness';
import { offeredTools as offered, testTools as tools } from './test-support/tools';

const answer = { text: 'Sunny, and it is noon.', usage: { prompt_tokens: 40, completion_tokens: 8 } };

describe('tool failures and gateway tool-call quirks', () => {
  const simulator = useSimulator();
  const lookup = (n: number) => ({ toolCalls: [{ name: 'lookup', arguments: { q: `q${n}` } }] });

  it.each(MODES)('sends a throwing tool, bad JSON arguments and an unknown tool back to the model (%s)', async (mode) => {
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

  const threeLookups = { toolCalls: ['a', 'b', 'c'].map((q) => ({ name: 'lookup', arguments: { q } })) };

  it('runs the tools of a turn one at a time with a configured concurrency of one', async () => {
    simulator().enqueue('gpt-4o-mini', threeLookups);
    const set = tools();
    const provider = providerFor(simulator(), { toolExecutor: set.executor, config: { toolConcurrency: 1 } });
    const { result } = await run(provider, ask('three', { tools: offered }), 'chat');
    expect(result.toolCalls.map((c) => c.result)).toEqual(['found a', 'found b', 'found c']);
    expect(set.maxRunning()).toBe(1);
  });

  it('lets the request concurrency override the configured one', async () => {
    simulator().enqueue('gpt-4o-mini', threeLookups);
    const set = tools();
    const provider = providerFor(simulator(), { toolExecutor: set.executor, config: { toolConcurrency: 1 } });
    await run(provider, ask('three', { tools: offered, toolConcurrency: 3 }), 'stream');
    expect(set.maxRunning()).toBe(3);
  });

  it.each(MODES)('synthesises ids the gateway dropped and answers with them (%s)', async (mode) => {
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
    expect(result.warnings.map((w) => [w.code, w.turn])).toEqual([
      ['tool-call-repaired', 1],
      ['tool-call-repaired', 1],
    ]);
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
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'tool-call-repaired', turn: 1 }));
  });
});
