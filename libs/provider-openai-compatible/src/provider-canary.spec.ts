import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { createToolset, defineTool } from '@modelgate/provider-contracts';
import { z } from 'zod';
import { ask, collect, providerFor, RecordingLogger, useSimulator } from './test-support/harness';
import { canaryKey, rejection } from '@modelgate/testing';

const canary = canaryKey();
const traces = [canary, createHash('sha256').update(canary).digest('hex'), canary.slice(-12)];

function expectNoTrace(text: string): void {
  for (const trace of traces) expect(text).not.toContain(trace);
}

function expectCleanError(error: Error): void {
  expectNoTrace(error.message);
  expectNoTrace(JSON.stringify(error));
  expectNoTrace(String(error.stack));
  expectNoTrace(inspect(error, { depth: 10 }));
}

describe('a canary key never leaks', () => {
  // With a key database the proxy answers a plain 401 that echoes a hash of the key.
  const simulator = useSimulator({ masterKey: 'sk-master-canary-suite', database: true });

  it('stays out of the error and the logs when the gateway rejects it', async () => {
    const logger = new RecordingLogger();
    const provider = providerFor(simulator(), { config: { apiKey: canary }, logger });
    const plain = await rejection(provider.chat(ask('hi')));
    const streamed = await rejection(collect(provider.stream(ask('hi'))));
    for (const error of [plain, streamed]) {
      expect(error.code).toBe('unauthorized');
      expectCleanError(error);
    }
    expect(logger.lines.length).toBeGreaterThan(0);
    expectNoTrace(JSON.stringify(logger.lines));
  });
});

describe('a canary key that the gateway accepts', () => {
  const simulator = useSimulator({ masterKey: canary });

  it('stays out of results, errors and logs through tools and failures', async () => {
    const logger = new RecordingLogger();
    const toolExecutor = createToolset([
      defineTool({
        name: 'leaky',
        parameters: z.object({}),
        execute: () => {
          throw new Error(`cannot use ${canary}`);
        },
      }),
    ]);
    const provider = providerFor(simulator(), { config: { apiKey: canary }, logger, toolExecutor });
    simulator().enqueue('gpt-4o-mini', { toolCalls: [{ name: 'leaky', arguments: {} }] });
    const result = await provider.chat(ask('go', { tools: [{ name: 'leaky', parameters: { type: 'object' } }] }));
    expectNoTrace(JSON.stringify(result));
    simulator().enqueue('gpt-4o-mini', { fault: 'server-error' });
    expectCleanError(await rejection(provider.chat(ask('hi'))));
    simulator().enqueue('gpt-4o-mini', { fault: 'midstream-error' });
    expectCleanError(await rejection(collect(provider.stream(ask('hi')))));
    expect(simulator().chatRequests.every((r) => r.headers['authorization'] === `Bearer ${canary}`)).toBe(true);
    expectNoTrace(JSON.stringify(logger.lines));
  });
});
