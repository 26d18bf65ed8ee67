import assert from 'node:assert/strict';
import { isProviderError, type StreamEvent } from '@modelgate/provider-contracts';
import { simulated } from '../proxy/proxy-models';
import { connect, failure, modelId, userSays } from './modelgate';
import type { Scenario, ScenarioContext } from './scenario';

const LONG_ANSWER = 'This answer streams slowly, a few characters at a time, for several seconds. '.repeat(4);

/** Waits until the upstream has seen the request aborted; the proxy closes it once the client has gone. */
async function upstreamAborted(context: ScenarioContext): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (context.simulator.aborted() === 0) {
    assert.ok(Date.now() < deadline, 'the upstream request was never aborted');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * An app aborts a streamed call after the first text: the stream fails with `aborted`, and the abort travels
 * through the proxy, which closes its own streaming request upstream (FINDINGS.md).
 */
export const abortScenario: Scenario = {
  name: 'an abort mid-stream fails as aborted and the upstream sees its request aborted',
  run: async (context) => {
    context.simulator.reset();
    context.simulator.enqueue(simulated.id, { text: LONG_ANSWER, chunkSize: 4, chunkDelayMs: 50 });
    const gate = await connect(context);
    const controller = new AbortController();
    const stream = gate.execution.stream({ model: modelId(simulated.id), messages: userSays('hello'), signal: controller.signal });
    const events: StreamEvent[] = [];
    let thrown: unknown = null;
    try {
      for await (const event of stream) {
        events.push(event);
        if (event.type === 'text-delta') controller.abort();
      }
    } catch (error) {
      thrown = error;
    }
    assert.ok(isProviderError(thrown), `the iteration fails with a ProviderError, got ${String(thrown)}`);
    assert.deepEqual({ code: thrown.code, retryable: thrown.retryable }, { code: 'aborted', retryable: false });
    assert.equal((await failure(stream.result)).code, 'aborted');
    assert.ok(events.some((event) => event.type === 'text-delta'), 'text arrived before the abort');
    assert.ok(!events.some((event) => event.type === 'finish'), 'no finish event');
    await upstreamAborted(context);
    assert.equal(context.simulator.aborted(), 1);
  },
};
