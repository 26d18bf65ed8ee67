import assert from 'node:assert/strict';
import { isChatModel } from '@modelgate/provider-contracts';
import { configuredChatModelIds, embedder, mockChat, notChat, simulated } from '../proxy/proxy-models';
import { connect, modelId } from './modelgate';
import type { Scenario } from './scenario';

/**
 * Discovery through `createModelgate`: `/v1/models` gives the ids (prefixed `litellm/`), `/model/info` the
 * context windows, output limits, prices and flags configured for the proxy.
 */
export const discoveryScenario: Scenario = {
  name: 'discovery lists every configured chat and embedding model, prefixed, enriched from /model/info',
  run: async (context) => {
    const gate = await connect(context);
    const [report] = await gate.discovery.refresh();
    assert.ok(report, 'one report for the one provider');
    assert.deepEqual({ status: report.status, error: report.error, enriched: report.enriched }, { status: 'ready', error: null, enriched: true });
    // The wildcard route's expansions (`openai/...`, real proxies only) are the scenario about wildcards.
    const listed = report.models.filter((model) => !model.id.startsWith(modelId('openai/')));
    assert.deepEqual(listed.filter(isChatModel).map((model) => model.id).sort(), configuredChatModelIds.map(modelId).sort());
    // Embedding models are listed too, with their mode, and only they beside the chat models.
    const embeddingIds = Object.entries(notChat.modes).flatMap(([id, mode]) => (mode === 'embedding' ? [id] : []));
    assert.deepEqual(
      listed.filter((model) => !isChatModel(model)).map((model) => `${model.id} ${model.mode}`).sort(),
      [embedder.id, ...embeddingIds].map((id) => `${modelId(id)} embedding`).sort(),
    );

    const mock = gate.registry.getModel(modelId(mockChat.id));
    assert.deepEqual(
      mock && { contextWindow: mock.contextWindow, maxOutputTokens: mock.maxOutputTokens, pricing: mock.pricing, tools: mock.capabilities.tools },
      {
        contextWindow: mockChat.maxInputTokens,
        maxOutputTokens: mockChat.maxOutputTokens,
        pricing: { inputPerToken: mockChat.inputCostPerToken, outputPerToken: mockChat.outputCostPerToken },
        tools: true,
      },
    );
    const routed = gate.registry.getModel(modelId(simulated.id));
    assert.deepEqual(routed && { mode: routed.mode, pricing: routed.pricing, structuredOutput: routed.capabilities.structuredOutput }, {
      mode: 'chat',
      pricing: { inputPerToken: simulated.inputCostPerToken, outputPerToken: simulated.outputCostPerToken },
      structuredOutput: true,
    });
    assert.equal(gate.store.getState().providers['litellm']?.status, 'ready');
  },
};
