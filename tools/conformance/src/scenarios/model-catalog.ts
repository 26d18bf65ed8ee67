import assert from 'node:assert/strict';
import { createToolset, isChatModel } from '@modelgate/provider-contracts';
import { grouped, limited, notChat } from '../proxy/proxy-models';
import { calculator } from './calculator';
import { connect, connectDiscovered, failure, modelId, userSays } from './modelgate';
import type { Scenario, ScenarioContext } from './scenario';

/** Chat requests the upstream (or the simulated proxy) has seen: a refusal before any request leaves adds none. */
const seen = (context: ScenarioContext) => context.simulator.chatRequests.length;

/** modelgate after a discovery that succeeded, and the models it offers for chat. */
async function discovered(context: ScenarioContext) {
  const gate = await connect(context);
  const [report] = await gate.discovery.refresh();
  assert.equal(report?.status, 'ready', `discovery: ${JSON.stringify(report?.error)}`);
  return { gate, offered: report.models.filter(isChatModel) };
}

export const modelCatalogScenarios: Scenario[] = [
  {
    name: 'a model group (two deployments under one model_name) is one model, its info merged',
    run: async (context) => {
      const { gate, offered } = await discovered(context);
      const matches = offered.filter((model) => model.id === modelId(grouped.id));
      assert.equal(matches.length, 1, 'one model for the two deployments');
      const [model] = matches;
      // Each fact from the first deployment that states it.
      assert.deepEqual(
        { contextWindow: model?.contextWindow, maxOutputTokens: model?.maxOutputTokens, tools: model?.capabilities.tools, vision: model?.capabilities.vision },
        { contextWindow: 4096, maxOutputTokens: 512, tools: true, vision: true },
      );
      const result = await gate.execution.chat({ model: modelId(grouped.id), messages: userSays('Say hello.') });
      assert.ok(result.content.length > 0, 'the group answers');
    },
  },
  {
    name: 'wildcard routes and non-chat modes are never offered as chat models; a chat to a wildcard is refused before any request leaves',
    run: async (context) => {
      const { gate, offered } = await discovered(context);
      assert.deepEqual(offered.filter((model) => model.id.includes('*')).map((model) => model.id), []);
      const otherModes = Object.keys(notChat.modes).map(modelId);
      assert.deepEqual(offered.filter((model) => otherModes.includes(model.id)).map((model) => model.id), []);
      // Beside the chat models the registry keeps embedding models alone, each with its mode.
      const kept = gate.registry.getModels().filter((model) => !isChatModel(model));
      assert.deepEqual([...new Set(kept.map((model) => model.mode))], ['embedding']);
      const before = seen(context);
      const refused = await failure(gate.execution.chat({ model: modelId(notChat.wildcard), messages: userSays('hi') }));
      assert.deepEqual({ code: refused.code, status: refused.status, retryable: refused.retryable }, { code: 'bad_request', status: null, retryable: false });
      assert.equal(seen(context), before, 'no request left');
    },
  },
  {
    name: 'model_info overrides show in the capabilities, and tools or images to a model without them are refused before any request leaves',
    run: async (context) => {
      const toolset = createToolset([calculator]);
      const gate = await connectDiscovered(context, { toolExecutor: toolset });
      const model = gate.registry.getModel(modelId(limited.id));
      assert.deepEqual(
        { contextWindow: model?.contextWindow, tools: model?.capabilities.tools, vision: model?.capabilities.vision },
        { contextWindow: limited.maxInputTokens, tools: false, vision: false },
      );
      const before = seen(context);
      const withTools = await failure(
        gate.execution.chat({ model: modelId(limited.id), messages: userSays('What is 2 + 2?'), tools: [...toolset.definitions()] }),
      );
      const image = { type: 'image' as const, source: { kind: 'url' as const, url: 'https://example.com/cat.png' } };
      const withImage = await failure(
        gate.execution.chat({ model: modelId(limited.id), messages: [{ role: 'user', content: [{ type: 'text', text: 'What is this?' }, image] }] }),
      );
      for (const error of [withTools, withImage]) {
        assert.deepEqual({ code: error.code, status: error.status, retryable: error.retryable }, { code: 'bad_request', status: null, retryable: false });
      }
      assert.match(withTools.message, /does not take tools/);
      assert.match(withImage.message, /does not accept images/);
      assert.equal(seen(context), before, 'no request left');
    },
  },
];
