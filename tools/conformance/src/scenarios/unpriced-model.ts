import assert from 'node:assert/strict';
import { UNKNOWN_COST } from '@modelgate/provider-contracts';
import { unpriced } from '../proxy/proxy-models';
import { collect, connectDiscovered, modelId, userSays } from './modelgate';
import type { Scenario } from './scenario';

/**
 * A model configured without prices: `/model/info` says 0 per token (meaning "unknown", FINDINGS.md) and the
 * proxy sends no cost header, so the cost is unknown, plain or streamed, never a made-up 0.
 */
export const unpricedModelScenario: Scenario = {
  name: 'a model without configured prices has unknown prices and an unknown cost, not 0',
  run: async (context) => {
    context.simulator.reset();
    const gate = await connectDiscovered(context);
    const id = modelId(unpriced.id);
    assert.deepEqual(gate.registry.getPricing(id), { inputPerToken: null, outputPerToken: null });
    const request = { model: id, messages: userSays('hello') };
    const plain = await gate.execution.chat(request);
    const { result: streamed } = await collect(gate.execution.stream(request));
    for (const result of [plain, streamed]) {
      assert.ok((result.usage.totalTokens ?? 0) > 0, 'usage is reported');
      assert.deepEqual(result.cost, UNKNOWN_COST);
    }
  },
};
