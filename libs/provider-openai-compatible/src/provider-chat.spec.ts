import { ChatResult, responseFormatFromZod } from '@modelgate/provider-contracts';
import { z } from 'zod';
import { ask, MODEL, PRICES, providerFor, REASONER, useSimulator } from './test-support/harness';
import { rejection } from '@modelgate/testing';

describe('a plain chat call against the gateway simulator', () => {
  const simulator = useSimulator();

  it('answers with the model text, usage, the header cost and gateway metadata', async () => {
    simulator().enqueue('gpt-4o-mini', {
      text: 'Hello there',
      usage: { prompt_tokens: 12, completion_tokens: 3 },
      costHeaderUsd: 0.0042,
    });
    const result = await providerFor(simulator()).chat(ask('hi'));
    expect(ChatResult.parse(result)).toEqual(result);
    expect(result).toMatchObject({
      content: 'Hello there',
      reasoning: null,
      toolCalls: [],
      usage: { inputTokens: 12, outputTokens: 3, totalTokens: 15 },
      cost: { usd: 0.0042, source: 'gateway-header' },
      finishReason: { unified: 'stop', raw: 'stop' },
      model: MODEL,
      provider: 'litellm',
      turns: 1,
    });
    expect(result.gateway.callId).toEqual(expect.any(String));
    expect(result.timing.segments).toEqual([expect.objectContaining({ kind: 'model', name: MODEL, turn: 1 })]);
    expect(result.timing.timeToFirstTokenMs).not.toBeNull();
  });

  it('sends the model without its prefix and the request options in OpenAI form', async () => {
    await providerFor(simulator()).chat(
      ask('hi', { temperature: 0, maxTokens: 64, reasoningEffort: 'low', metadata: { tenant: 't1' } }),
    );
    const [sent] = simulator().chatRequests;
    expect(sent).toMatchObject({ model: 'gpt-4o-mini', temperature: 0, max_tokens: 64, reasoning_effort: 'low', metadata: { tenant: 't1' } });
    expect(sent.messages).toEqual([{ role: 'user', content: 'hi' }]);
    expect(sent.stream).toBeUndefined();
  });

  it('sends no Authorization header without a key and a bearer with one', async () => {
    await providerFor(simulator()).chat(ask('hi'));
    await providerFor(simulator(), { config: { apiKey: 'sk-test-key' } }).chat(ask('hi'));
    expect(simulator().chatRequests.map((r) => r.headers['authorization'])).toEqual([undefined, 'Bearer sk-test-key']);
  });

  it('sends configured default headers on every request', async () => {
    await providerFor(simulator(), { config: { defaultHeaders: { 'x-tenant': 'blue' } } }).chat(ask('hi'));
    expect(simulator().chatRequests[0].headers['x-tenant']).toBe('blue');
  });

  it('prices the tokens from the registry when the gateway sends no cost', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'ok', usage: { prompt_tokens: 1000, completion_tokens: 100 }, costHeaderUsd: null });
    const result = await providerFor(simulator()).chat(ask('hi'));
    expect(result.cost.source).toBe('price-table');
    expect(result.cost.usd).toBeCloseTo(1000 * PRICES.inputPerToken + 100 * PRICES.outputPerToken, 12);
  });

  it('has empty gateway metadata and no header cost without an inspector', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'ok', usage: { prompt_tokens: 10, completion_tokens: 1, cost: 0.5 } });
    const result = await providerFor(simulator(), { inspect: false }).chat(ask('hi'));
    expect(result.gateway.callId).toBeNull();
    expect(result.cost).toEqual({ usd: 0.5, source: 'usage-field' });
  });

  it('says the cost is unknown, not zero, when nothing reports it', async () => {
    simulator().enqueue('reasoner-mini', { text: 'ok', usage: null, costHeaderUsd: null });
    const result = await providerFor(simulator()).chat(ask('hi', { model: REASONER }));
    expect(result.cost).toEqual({ usd: null, source: 'unknown' });
    expect(result.usage.totalTokens).toBeNull();
  });

  it('keeps cached and reasoning token counts', async () => {
    simulator().enqueue('gpt-4o-mini', {
      text: 'ok',
      usage: { prompt_tokens: 100, completion_tokens: 20, prompt_tokens_details: { cached_tokens: 64 }, completion_tokens_details: { reasoning_tokens: 8 } },
    });
    const result = await providerFor(simulator()).chat(ask('hi'));
    expect(result.usage).toMatchObject({ cachedInputTokens: 64, reasoningTokens: 8 });
  });

  it('keeps reasoning apart from the answer', async () => {
    const result = await providerFor(simulator()).chat(ask('hi', { model: REASONER }));
    expect(result.content).toBe('You said: hi');
    expect(result.reasoning).toContain('The user wrote');
  });

  it('rejects an attachment the model cannot take before calling the gateway', async () => {
    const error = await rejection(
      providerFor(simulator()).chat(
        ask('', { messages: [{ role: 'user', content: [{ type: 'file', mediaType: 'video/mp4', source: { kind: 'base64', mediaType: 'video/mp4', data: 'AAAA' } }] }] }),
      ),
    );
    expect(error.code).toBe('bad_request');
    expect(simulator().requests).toEqual([]);
  });
});

describe('structured output', () => {
  const simulator = useSimulator();
  const City = z.object({ name: z.string(), population: z.number().int() });
  const format = responseFormatFromZod('city', City);

  it('sends the JSON schema and returns the validated object', async () => {
    simulator().enqueue('gpt-4o-mini', { text: '{"name":"Oslo","population":709000}' });
    const result = await providerFor(simulator()).chat(ask('Oslo?', { responseFormat: format }));
    expect(result.object).toEqual({ name: 'Oslo', population: 709000 });
    expect(simulator().chatRequests[0].response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'city', strict: true } });
  });

  it('fails as invalid_response carrying the raw text when the answer does not match', async () => {
    simulator().enqueue('gpt-4o-mini', { text: '{"name":"Oslo","population":"lots"}' });
    const error = await rejection(providerFor(simulator()).chat(ask('Oslo?', { responseFormat: format })));
    expect(error).toMatchObject({ code: 'invalid_response', rawText: '{"name":"Oslo","population":"lots"}', model: MODEL });
  });

  it('fails as invalid_response when the answer is not JSON at all', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'Oslo has about 709k people.' });
    const error = await rejection(providerFor(simulator()).stream(ask('Oslo?', { responseFormat: format })).result);
    expect(error).toMatchObject({ code: 'invalid_response', rawText: 'Oslo has about 709k people.' });
  });
});
