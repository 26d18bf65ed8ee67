import assert from 'node:assert/strict';
import { connect, failure, modelId, streamFailure, userSays } from './modelgate';
import type { Scenario } from './scenario';

/**
 * A model the proxy does not serve, asked for by an app that skipped discovery: LiteLLM answers 400
 * `Invalid model name passed in model=...` (JSON, also for a streamed request), which is `model_not_found`.
 */
export const unknownModelScenario: Scenario = {
  name: 'an unknown model is model_not_found, plain and streamed',
  run: async (context) => {
    const gate = await connect(context);
    const request = { model: modelId('no-such-model'), messages: userSays('hello') };
    const plain = await failure(gate.execution.chat(request));
    const { events, error: streamed } = await streamFailure(gate.execution.stream(request));
    for (const error of [plain, streamed]) {
      assert.deepEqual(
        { code: error.code, status: error.status, retryable: error.retryable, model: error.model },
        { code: 'model_not_found', status: 400, retryable: false, model: request.model },
      );
    }
    assert.deepEqual(events.filter((event) => event.type === 'text-delta'), []);
  },
};
