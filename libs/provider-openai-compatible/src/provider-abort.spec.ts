import { createToolset, defineTool } from '@modelgate/provider-contracts';
import { z } from 'zod';
import { ask, MODES, providerFor, run, useSimulator } from './test-support/harness';
import { eventually, rejection } from '@modelgate/testing';

/** A tool that waits until its signal fires, reporting when it started and what its signal did. */
function waitingTool() {
  let started!: () => void;
  const running = new Promise<void>((resolve) => (started = resolve));
  const signals: AbortSignal[] = [];
  const executor = createToolset([
    defineTool({
      name: 'wait',
      parameters: z.object({}),
      execute: (_args, { signal }) => {
        signals.push(signal);
        started();
        return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('stopped'))));
      },
    }),
  ]);
  return { executor, running, signals };
}

const waitTool = [{ name: 'wait', parameters: { type: 'object', properties: {} } }];
const slowText = { text: 'a slow answer, one character at a time', chunkSize: 1, chunkDelayMs: 20 };

describe('abort and timeouts', () => {
  const simulator = useSimulator();

  it.each(MODES)('aborts before the headers arrive (%s)', async (mode) => {
    simulator().enqueue('gpt-4o-mini', { fault: 'stall-headers' });
    const controller = new AbortController();
    const pending = rejection(run(providerFor(simulator()), ask('hi', { signal: controller.signal }), mode));
    await eventually(() => simulator().chatRequests.length === 1, 'the request to arrive');
    controller.abort();
    expect(await pending).toMatchObject({ code: 'aborted', retryable: false });
    await eventually(() => simulator().aborted() === 1, 'the gateway to see the client leave');
  });

  it.each(MODES)('makes no request for a signal that was already aborted (%s)', async (mode) => {
    const error = await rejection(run(providerFor(simulator()), ask('hi', { signal: AbortSignal.abort() }), mode));
    expect(error.code).toBe('aborted');
    expect(simulator().requests).toEqual([]);
  });

  it('aborts in the middle of a stream', async () => {
    simulator().enqueue('gpt-4o-mini', slowText);
    const controller = new AbortController();
    const stream = providerFor(simulator()).stream(ask('hi', { signal: controller.signal }));
    const error = await rejection(
      (async () => {
        for await (const event of stream) if (event.type === 'text-delta') controller.abort();
      })(),
    );
    expect(error.code).toBe('aborted');
    await expect(stream.result).rejects.toBe(error);
    await eventually(() => simulator().aborted() === 1, 'the gateway to see the client leave');
  });

  it('aborts the upstream request when the consumer stops iterating', async () => {
    simulator().enqueue('gpt-4o-mini', slowText);
    const stream = providerFor(simulator()).stream(ask('hi'));
    let during = 0;
    for await (const event of stream) {
      if (event.type === 'text-delta') {
        during = simulator().activeConnections();
        break;
      }
    }
    await eventually(() => simulator().aborted() === 1, 'the gateway to see the client leave');
    await eventually(() => simulator().activeConnections() < during, 'the connection to close');
    await expect(stream.result).rejects.toMatchObject({ code: 'aborted' });
  });

  it.each(MODES)('aborts during a tool and signals it (%s)', async (mode) => {
    simulator().enqueue('gpt-4o-mini', { toolCalls: [{ name: 'wait', arguments: {} }] });
    const tool = waitingTool();
    const controller = new AbortController();
    const pending = rejection(
      run(providerFor(simulator(), { toolExecutor: tool.executor }), ask('go', { tools: waitTool, signal: controller.signal }), mode),
    );
    await tool.running;
    controller.abort();
    expect(await pending).toMatchObject({ code: 'aborted' });
    expect(tool.signals[0].aborted).toBe(true);
    expect(simulator().chatRequests).toHaveLength(1);
  });

  it('signals running tools when the consumer stops iterating during them', async () => {
    simulator().enqueue('gpt-4o-mini', { toolCalls: [{ name: 'wait', arguments: {} }] });
    const tool = waitingTool();
    const stream = providerFor(simulator(), { toolExecutor: tool.executor }).stream(ask('go', { tools: waitTool }));
    for await (const event of stream) if (event.type === 'tool-call') break;
    await tool.running.then(() => eventually(() => tool.signals[0].aborted, 'the tool to be signalled'));
    await expect(stream.result).rejects.toMatchObject({ code: 'aborted' });
  });

  it.each(MODES)('counts tools against the call timeout (%s)', async (mode) => {
    simulator().enqueue('gpt-4o-mini', { toolCalls: [{ name: 'wait', arguments: {} }] });
    const tool = waitingTool();
    const error = await rejection(run(providerFor(simulator(), { toolExecutor: tool.executor }), ask('go', { tools: waitTool, timeoutMs: 150 }), mode));
    expect(error.code).toBe('timeout');
    expect(tool.signals[0].aborted).toBe(true);
  });

  it('takes the call timeout from the configuration when the request sets none', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'stall-headers' });
    const error = await rejection(providerFor(simulator(), { config: { timeoutMs: 150 } }).chat(ask('hi')));
    expect(error).toMatchObject({ code: 'timeout', message: 'The call did not finish within 150 ms' });
  });
});
