import assert from 'node:assert/strict';
import { type ChatRequest } from '@modelgate/provider-contracts';
import { mockChat, mockErrors, simulated } from '../proxy/proxy-models';
import { collect, connect, failure, modelId, userSays } from './modelgate';
import type { Scenario, ScenarioContext } from './scenario';

const attribution = {
  user: 'u-42',
  tags: ['team:a', 'feature:conformance'],
  metadata: { tenant: 'acme', priority: 2, flags: { beta: true }, ids: [1, 'x', null] },
} satisfies Partial<ChatRequest>;

/**
 * Whether a real proxy stands between modelgate and the simulator. Against the simulated proxy the simulator
 * is the proxy itself, so what it records is what modelgate sent.
 */
const behindRealProxy = (context: ScenarioContext) => context.simulatorUrl !== context.baseUrl;

export const attributionScenarios: Scenario[] = [
  {
    name: 'a chat with user, tags and JSON metadata succeeds plain and streamed; no release forwards user or metadata to an openai/ upstream',
    run: async (context) => {
      context.simulator.reset();
      context.simulator.enqueue(simulated.id, { text: 'plain' }, { text: 'streamed' });
      const gate = await connect(context);
      const request = { model: modelId(simulated.id), messages: userSays('hello'), ...attribution };
      const plain = await gate.execution.chat(request);
      const { result: streamed } = await collect(gate.execution.stream(request));
      assert.deepEqual([plain.content, streamed.content], ['plain', 'streamed']);
      const received = context.simulator.chatRequests.map((body) => ({ user: body.user, metadata: body.metadata }));
      if (behindRealProxy(context)) {
        // 1.83.14 and 1.108.7 alike keep both for their own spend tracking (FINDINGS.md).
        assert.deepEqual(received, [{ user: undefined, metadata: undefined }, { user: undefined, metadata: undefined }]);
        // With the master key and no database the proxy still reports the key's spend; no budget: "None".
        for (const result of [plain, streamed]) {
          assert.equal(typeof result.gateway.keySpendUsd, 'number', 'x-litellm-key-spend came back');
          assert.equal(result.gateway.keyMaxBudgetUsd, null);
        }
      } else {
        const sent = { user: attribution.user, metadata: { ...attribution.metadata, tags: attribution.tags } };
        assert.deepEqual(received, [sent, sent]);
      }
      assert.ok(plain.gateway.callId !== null && streamed.gateway.callId !== null, 'each call has its x-litellm-call-id');
    },
  },
  {
    name: 'a model the proxy rate limits falls back to the next of fallbackModels, plain and streamed, the failed attempt reported',
    run: async (context) => {
      const gate = await connect(context);
      const request = { model: modelId(mockErrors.rateLimit.id), messages: userSays('hello'), fallbackModels: [modelId(mockChat.id)] };
      const plain = await gate.execution.chat(request);
      const { result: streamed } = await collect(gate.execution.stream(request));
      for (const result of [plain, streamed]) {
        assert.deepEqual({ content: result.content, model: result.model }, { content: mockChat.text, model: modelId(mockChat.id) });
        assert.deepEqual(
          result.gateway.failedAttempts.map(({ model, code, status }) => ({ model, code, status })),
          [{ model: modelId(mockErrors.rateLimit.id), code: 'rate_limited', status: 429 }],
        );
      }
    },
  },
  {
    name: 'a structured answer that is not JSON fails as invalid_response carrying its usage and the cost the proxy reported',
    run: async (context) => {
      const gate = await connect(context);
      const error = await failure(
        gate.execution.chat({ model: modelId(mockChat.id), messages: userSays('hello'), responseFormat: { type: 'json_object' } }),
      );
      assert.equal(error.code, 'invalid_response');
      // The proxy's mock reports the same counts whatever the prompt (FINDINGS.md); the simulator counts text.
      if (behindRealProxy(context)) assert.deepEqual([error.usage?.inputTokens, error.usage?.outputTokens], [10, 20]);
      assert.ok((error.usage?.inputTokens ?? 0) > 0 && (error.usage?.outputTokens ?? 0) > 0, `usage ${JSON.stringify(error.usage)}`);
      assert.equal(error.cost?.source, 'gateway-header');
      const expected = (error.usage?.inputTokens ?? 0) * mockChat.inputCostPerToken + (error.usage?.outputTokens ?? 0) * mockChat.outputCostPerToken;
      assert.ok(Math.abs((error.cost?.usd ?? 0) - expected) < 1e-12, `cost ${error.cost?.usd}, prices x tokens ${expected}`);
      assert.equal(error.timing?.segments.length, 1);
      assert.deepEqual(JSON.parse(JSON.stringify(error)).usage, error.usage);
    },
  },
];
