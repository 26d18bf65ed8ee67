import assert from 'node:assert/strict';
import { z } from 'zod';
import { configuredModelIds, mockChat, notChat, simulated } from '../proxy/proxy-models';
import { jsonBody, postChat, proxyFetch } from './proxy-fetch';
import type { Scenario } from './scenario';

const modelListSchema = z.looseObject({ data: z.array(z.looseObject({ id: z.string() })) });
const modelInfoSchema = z.looseObject({
  data: z.array(z.looseObject({ model_name: z.string(), model_info: z.record(z.string(), z.unknown()) })),
});
const completionSchema = z.looseObject({
  choices: z.array(z.looseObject({ message: z.looseObject({ content: z.string().nullish() }) })),
  usage: z.looseObject({ prompt_tokens: z.number(), completion_tokens: z.number() }),
});

/**
 * Plain-fetch checks that the proxy runs with the config this suite wrote: the ground the provider
 * scenarios stand on. `pinnedVersion` is the version the release's lock file installs.
 */
export function smokeScenarios(pinnedVersion: string): Scenario[] {
  return [
    {
      name: 'the proxy runs the LiteLLM version the lock file pins',
      run: async (context) => assert.equal(context.proxyVersion, pinnedVersion),
    },
    {
      name: '/v1/models lists exactly the configured model ids, and the wildcard route expanded under openai/',
      run: async (context) => {
        const list = modelListSchema.parse(await jsonBody(await proxyFetch(context, '/v1/models')));
        const ids = list.data.map((model) => model.id);
        // Both releases expand `openai/*` into every `openai/` model of their cost map (1.83 lists the route too).
        assert.deepEqual(ids.filter((id) => !id.startsWith('openai/')).sort(), [...configuredModelIds].sort());
        assert.ok(ids.filter((id) => id.startsWith('openai/') && id !== notChat.wildcard).length > 100, 'the wildcard expanded');
      },
    },
    {
      name: '/model/info carries the configured prices and model_info',
      run: async (context) => {
        const info = modelInfoSchema.parse(await jsonBody(await proxyFetch(context, '/model/info')));
        const entry = info.data.find((model) => model.model_name === mockChat.id);
        assert.ok(entry, `${mockChat.id} is missing from /model/info`);
        assert.deepEqual(
          pick(entry.model_info, ['mode', 'max_input_tokens', 'max_output_tokens', 'supports_function_calling']),
          {
            mode: 'chat',
            max_input_tokens: mockChat.maxInputTokens,
            max_output_tokens: mockChat.maxOutputTokens,
            supports_function_calling: true,
          },
        );
        assert.equal(entry.model_info['input_cost_per_token'], mockChat.inputCostPerToken);
        assert.equal(entry.model_info['output_cost_per_token'], mockChat.outputCostPerToken);
      },
    },
    {
      name: 'a chat completion to the mock model returns the mock text',
      run: async (context) => {
        const completion = completionSchema.parse(await jsonBody(await postChat(context, { model: mockChat.id })));
        assert.equal(completion.choices[0]?.message.content, mockChat.text);
      },
    },
    {
      name: 'the cost header equals the configured prices times the tokens',
      run: async (context) => {
        const response = await postChat(context, { model: mockChat.id });
        const { usage } = completionSchema.parse(await jsonBody(response));
        const header = response.headers.get('x-litellm-response-cost');
        assert.ok(header !== null, 'x-litellm-response-cost is missing');
        const expected = usage.prompt_tokens * mockChat.inputCostPerToken + usage.completion_tokens * mockChat.outputCostPerToken;
        // The header is Python's float repr, e.g. "4.9999999999999996e-05" for 5e-05.
        assert.ok(Math.abs(Number(header) - expected) <= expected * 1e-9, `header ${header}, expected ${expected}`);
      },
    },
    {
      name: 'a model routed with api_base answers with what the upstream said',
      run: async (context) => {
        context.simulator.enqueue(simulated.id, { text: 'Routed through the proxy' });
        const response = await postChat(context, { model: simulated.id });
        const completion = completionSchema.parse(await jsonBody(response));
        assert.equal(completion.choices[0]?.message.content, 'Routed through the proxy');
        assert.equal(response.headers.get('x-litellm-model-api-base'), `${context.simulatorUrl}/v1`);
      },
    },
  ];
}

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}
