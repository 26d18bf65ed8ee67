import assert from 'node:assert/strict';
import type { ChatResult } from '@modelgate/provider-contracts';
import { mockChat, simulated } from '../proxy/proxy-models';
import { connect, modelId, userSays } from './modelgate';
import type { Scenario } from './scenario';

interface Prices {
  readonly inputCostPerToken: number;
  readonly outputCostPerToken: number;
}

/** The header is Python's float repr ("4.9999999999999996e-05" for 5e-05): compared with a tolerance. */
function assertHeaderCost(result: ChatResult, prices: Prices): void {
  const { inputTokens, outputTokens } = result.usage;
  assert.ok(inputTokens !== null && outputTokens !== null, 'usage is reported');
  const expected = inputTokens * prices.inputCostPerToken + outputTokens * prices.outputCostPerToken;
  assert.equal(result.cost.source, 'gateway-header');
  assert.ok(Math.abs((result.cost.usd ?? Number.NaN) - expected) <= expected * 1e-9, `cost ${result.cost.usd}, expected ${expected}`);
}

/**
 * `x-litellm-response-cost` on plain calls, for the mock model and for a model routed upstream with the
 * upstream's own token counts: the configured prices times the reported tokens.
 */
export const costHeaderScenario: Scenario = {
  name: 'the cost from the header is the configured prices times the reported tokens',
  run: async (context) => {
    context.simulator.reset();
    context.simulator.enqueue(simulated.id, { text: 'Counted upstream.', usage: { prompt_tokens: 11, completion_tokens: 7 } });
    const gate = await connect(context);
    const mock = await gate.execution.chat({ model: modelId(mockChat.id), messages: userSays('Say hello.') });
    assertHeaderCost(mock, mockChat);
    const routed = await gate.execution.chat({ model: modelId(simulated.id), messages: userSays('Count this.') });
    assert.deepEqual({ input: routed.usage.inputTokens, output: routed.usage.outputTokens }, { input: 11, output: 7 });
    assertHeaderCost(routed, simulated);
  },
};
