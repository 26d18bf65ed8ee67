import assert from 'node:assert/strict';
import { simulated } from '../proxy/proxy-models';
import { connect, failure, modelId, userSays } from './modelgate';
import type { Scenario } from './scenario';

const TIMEOUT_MS = 400;
const UPSTREAM_DELAY_MS = 2500;

/**
 * A call whose upstream answers later than the request's `timeoutMs`: the client gives up on its own clock
 * and says `timeout` (retryable). The proxy keeps waiting for a non-streaming upstream (FINDINGS.md), so the
 * delay is short enough not to outlast the next scenarios.
 */
export const timeoutScenario: Scenario = {
  name: 'a call slower than request.timeoutMs fails as a retryable timeout',
  run: async (context) => {
    context.simulator.reset();
    context.simulator.enqueue(simulated.id, { text: 'Too late.', delayMs: UPSTREAM_DELAY_MS });
    const gate = await connect(context);
    const error = await failure(
      gate.execution.chat({ model: modelId(simulated.id), messages: userSays('hello'), timeoutMs: TIMEOUT_MS }),
    );
    assert.deepEqual(
      { code: error.code, retryable: error.retryable, status: error.status },
      { code: 'timeout', retryable: true, status: null },
    );
    assert.match(error.message, new RegExp(`${TIMEOUT_MS} ms`));
  },
};
