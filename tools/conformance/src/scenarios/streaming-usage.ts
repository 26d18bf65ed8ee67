import assert from 'node:assert/strict';
import { mockChat } from '../proxy/proxy-models';
import { collect, connectDiscovered, modelId, streamedText, userSays } from './modelgate';
import { isNewerRelease } from './release';
import type { Scenario } from './scenario';

/**
 * A streamed chat with the mock model: text deltas, a usage event from the final chunk (which LiteLLM sends
 * with `choices: [{"index":0,"delta":{}}]`, not `[]`), and a finish event. Streams carry no cost header
 * (issue #12689): on 1.83 the cost is the usage times the prices discovery read from `/model/info`, on 1.108
 * the usage chunk's `usage.cost`; either way it equals prices x tokens.
 */
export const streamingUsageScenario: Scenario = {
  name: 'a streamed chat yields the text, a usage event and a priced result',
  run: async (context) => {
    const gate = await connectDiscovered(context);
    const { events, result } = await collect(gate.execution.stream({ model: modelId(mockChat.id), messages: userSays('Say hello.') }));

    assert.equal(streamedText(events), mockChat.text);
    assert.ok(
      events.every((event) => event.type !== 'text-delta' || event.delta !== ''),
      'no empty text delta (the usage chunk has an empty choice)',
    );
    const usageEvents = events.flatMap((event) => (event.type === 'usage' ? [event.usage] : []));
    assert.equal(usageEvents.length, 1, 'one usage event for the one turn');
    const [usage] = usageEvents;
    assert.ok(usage && usage.inputTokens !== null && usage.inputTokens > 0, 'input tokens reported');
    assert.ok(usage.outputTokens !== null && usage.outputTokens > 0, 'output tokens reported');
    assert.equal(events.at(-1)?.type, 'finish');

    assert.equal(result.content, mockChat.text);
    assert.deepEqual(result.usage, usage);
    assert.deepEqual(result.finishReason, { unified: 'stop', raw: 'stop' });
    const expected = usage.inputTokens * mockChat.inputCostPerToken + usage.outputTokens * mockChat.outputCostPerToken;
    // 1.108 sends the cost in the usage chunk (`usage.cost`); 1.83 sends none, and the prices are used.
    assert.equal(result.cost.source, isNewerRelease(context.proxyVersion) ? 'usage-field' : 'price-table');
    assert.ok(Math.abs((result.cost.usd ?? Number.NaN) - expected) <= expected * 1e-9, `cost ${result.cost.usd}, expected ${expected}`);
  },
};
