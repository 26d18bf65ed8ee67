import assert from 'node:assert/strict';
import { simulated } from '../proxy/proxy-models';
import { connect, modelId, streamedText, streamFailure, userSays } from './modelgate';
import type { Scenario } from './scenario';

const PROMPT = 'Tell me a long story.';

/**
 * The upstream fails after two chunks (the simulator's `midstream-error` fault: an error frame on its 200
 * stream). LiteLLM 1.83 passes the chunks on, then its own frame `{"error": {"message":
 * "litellm.MidStreamFallbackError: ...", "type": null, "param": null, "code": "500"}}` with no `[DONE]`,
 * whatever code the upstream used (FINDINGS.md). The client must fail with a retryable upstream error after
 * the text it already got, never end as if the answer were complete.
 */
export const midstreamErrorScenario: Scenario = {
  name: 'an upstream error mid-stream fails the stream as upstream (500), after the text so far',
  run: async (context) => {
    context.simulator.reset();
    context.simulator.enqueue(simulated.id, { fault: 'midstream-error', afterChunks: 2 });
    const gate = await connect(context);
    const { events, error } = await streamFailure(gate.execution.stream({ model: modelId(simulated.id), messages: userSays(PROMPT) }));

    assert.deepEqual(
      { code: error.code, status: error.status, retryable: error.retryable },
      { code: 'upstream', status: 500, retryable: true },
    );
    assert.match(error.message, /MidStreamFallbackError/);
    const text = streamedText(events);
    // The simulator's scripted model echoes the prompt, 8 characters per chunk.
    assert.equal(text, `You said: ${PROMPT}`.slice(0, 16), 'the two chunks before the failure arrived');
    assert.ok(!events.some((event) => event.type === 'finish'), 'no finish event');
  },
};
