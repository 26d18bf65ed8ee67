import assert from 'node:assert/strict';
import { mockChat } from '../proxy/proxy-models';
import { connect, modelId, userSays } from './modelgate';
import type { Scenario } from './scenario';

/** A plain (non-streaming) chat with the proxy's mock model: its text, usage and the gateway's metadata. */
export const plainChatScenario: Scenario = {
  name: 'a plain chat returns the mock text with usage and gateway metadata',
  run: async (context) => {
    const gate = await connect(context);
    const result = await gate.execution.chat({ model: modelId(mockChat.id), messages: userSays('Say hello.') });
    assert.deepEqual(
      {
        content: result.content,
        finishReason: result.finishReason,
        turns: result.turns,
        toolCalls: result.toolCalls,
        provider: result.provider,
        model: result.model,
      },
      {
        content: mockChat.text,
        finishReason: { unified: 'stop', raw: 'stop' },
        turns: 1,
        toolCalls: [],
        provider: 'litellm',
        model: modelId(mockChat.id),
      },
    );
    const { inputTokens, outputTokens, totalTokens } = result.usage;
    assert.ok(inputTokens !== null && inputTokens > 0 && outputTokens !== null && outputTokens > 0, 'usage is reported');
    assert.equal(totalTokens, inputTokens + outputTokens);
    assert.deepEqual(
      { modelGroup: result.gateway.modelGroup, version: result.gateway.version, retries: result.gateway.attemptedRetries },
      { modelGroup: mockChat.id, version: context.proxyVersion, retries: 0 },
    );
    assert.match(result.gateway.callId ?? '', /^[0-9a-f-]{36}$/);
  },
};
