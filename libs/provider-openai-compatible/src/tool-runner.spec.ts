import { createToolset, defineTool, type ToolCallRecord, type ToolExecutor } from '@modelgate/provider-contracts';
import { z } from 'zod';
import { CallTiming } from './call-timing';
import { runTools, toolMessageContent, type ToolRunOptions } from './tool-runner';

type ToolCallInput = Parameters<typeof runTools>[0][number];

function options(overrides: Partial<ToolRunOptions> = {}): ToolRunOptions {
  return { executor: undefined, signal: new AbortController().signal, model: 'litellm/m', turn: 1, timing: new CallTiming(), ...overrides };
}

/** Runs the calls; what was handed out as each tool finished, and what the run resolved with. */
async function drain(calls: ToolCallInput[], runOptions: ToolRunOptions) {
  const handed: ToolCallRecord[] = [];
  const records = await runTools(calls, runOptions, (record) => handed.push(record));
  return { handed, records };
}

/** Resolves each tool when the test says so, to control completion order. */
function gatedExecutor() {
  const gates = new Map<string, (value: unknown) => void>();
  const seen: { name: string; args: unknown; signal: AbortSignal }[] = [];
  const executor: ToolExecutor = {
    definitions: () => [],
    execute: (name, args, context) =>
      new Promise((resolve) => {
        seen.push({ name, args, signal: context.signal });
        gates.set(name, resolve);
      }),
  };
  return { executor, seen, open: (name: string, value: unknown) => gates.get(name)!(value) };
}

const call = (id: string, name: string, args = '{}') => ({ id, name, arguments: args });
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('runTools', () => {
  it('runs the calls of a turn in parallel, hands each out as it finishes and returns them in order', async () => {
    const gate = gatedExecutor();
    const run = drain([call('1', 'slow'), call('2', 'fast')], options({ executor: gate.executor }));
    await tick();
    expect(gate.seen.map((s) => s.name)).toEqual(['slow', 'fast']);
    gate.open('fast', 'F');
    await tick();
    gate.open('slow', { n: 1 });
    const { handed, records } = await run;
    expect(handed.map((r) => r.id)).toEqual(['2', '1']);
    expect(records.map((r) => [r.id, r.result, r.error])).toEqual([
      ['1', '{"n":1}', null],
      ['2', 'F', null],
    ]);
  });

  it('runs no more tools at once than the concurrency allows', async () => {
    const gate = gatedExecutor();
    const run = drain([call('1', 'a'), call('2', 'b'), call('3', 'c')], options({ executor: gate.executor, concurrency: 2 }));
    await tick();
    expect(gate.seen.map((s) => s.name)).toEqual(['a', 'b']);
    gate.open('b', 'B');
    await tick();
    expect(gate.seen.map((s) => s.name)).toEqual(['a', 'b', 'c']);
    gate.open('a', 'A');
    gate.open('c', 'C');
    expect((await run).records.map((r) => r.result)).toEqual(['A', 'B', 'C']);
  });

  it('sends arguments that are not JSON back as an error without running the tool', async () => {
    const gate = gatedExecutor();
    const { records } = await drain([call('1', 'a', '{"city": Par')], options({ executor: gate.executor }));
    expect(gate.seen).toEqual([]);
    expect(records[0]).toMatchObject({ args: null, result: null, error: expect.stringContaining('not valid JSON') });
  });

  it('reads empty arguments as an empty object', async () => {
    const gate = gatedExecutor();
    const run = drain([call('1', 'a', '')], options({ executor: gate.executor }));
    await tick();
    gate.open('a', 'ok');
    await run;
    expect(gate.seen[0].args).toEqual({});
  });

  it('reports a missing executor as the call error', async () => {
    const { records } = await drain([call('1', 'a')], options());
    expect(records[0]).toMatchObject({ result: null, error: expect.stringContaining('No tool executor') });
  });

  it('reports an unknown tool and a throwing tool as errors, with secrets removed', async () => {
    const toolset = createToolset([
      defineTool({
        name: 'boom',
        parameters: z.object({}),
        execute: () => {
          throw new Error('failed with key sk-canary-abc123');
        },
      }),
    ]);
    const { records } = await drain([call('1', 'nope'), call('2', 'boom')], options({ executor: toolset }));
    expect(records[0].error).toContain('Unknown tool "nope"');
    expect(records[1].error).toBe('failed with key [redacted]');
  });

  it('gives up on a tool after its timeout and signals it', async () => {
    const gate = gatedExecutor();
    const { records } = await drain([call('1', 'hang')], options({ executor: gate.executor, toolTimeoutMs: 10 }));
    expect(records[0].error).toContain('did not finish within 10 ms');
    expect(gate.seen[0].signal.aborted).toBe(true);
  });

  it('rejects and signals every running tool when the call is aborted', async () => {
    const gate = gatedExecutor();
    const caller = new AbortController();
    const run = drain([call('1', 'a'), call('2', 'b')], options({ executor: gate.executor, signal: caller.signal }));
    await tick();
    caller.abort(new Error('stop'));
    await expect(run).rejects.toThrow('stop');
    expect(gate.seen.every((s) => s.signal.aborted)).toBe(true);
  });

  it('sends undefined back as null and records the duration', async () => {
    const executor: ToolExecutor = { definitions: () => [], execute: async () => undefined };
    const { records } = await drain([call('1', 'a')], options({ executor }));
    expect(records[0]).toMatchObject({ result: 'null', error: null, turn: 1, durationMs: expect.any(Number) });
  });

  it('reports a result that cannot become JSON as an error', async () => {
    const executor: ToolExecutor = { definitions: () => [], execute: async () => ({ big: 1n }) };
    const { records } = await drain([call('1', 'a')], options({ executor }));
    expect(records[0].error).toContain('cannot be sent as JSON');
  });
});

describe('toolMessageContent', () => {
  it('is the result, or the error wrapped as JSON', () => {
    const base = { id: '1', name: 'a', arguments: '{}', args: {}, durationMs: 1, turn: 1 };
    expect(toolMessageContent({ ...base, result: '42', error: null })).toBe('42');
    expect(toolMessageContent({ ...base, result: null, error: 'bad "input"' })).toBe('{"error":"bad \\"input\\""}');
  });
});
