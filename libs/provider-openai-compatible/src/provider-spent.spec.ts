import { responseFormatFromZod } from '@modelgate/provider-contracts';
import { rejection } from '@modelgate/testing';
import { z } from 'zod';
import { ask, MODES, PRICES, providerFor, run, useSimulator } from './test-support/harness';

const City = z.object({ city: z.string(), population: z.number() });
const cityFormat = responseFormatFromZod('city', City);
const lookup = { name: 'lookup', parameters: { type: 'object', properties: {} } };

describe('what a failed call cost', () => {
  const simulator = useSimulator();

  describe.each(MODES)('%s', (mode) => {
    it('gives an invalid structured answer\'s usage, cost and timing on its error', async () => {
      simulator().enqueue('gpt-4o-mini', { text: '{"city":"Paris"}', usage: { prompt_tokens: 100, completion_tokens: 20 }, costHeaderUsd: null });
      const error = await rejection(run(providerFor(simulator()), ask('city?', { responseFormat: cityFormat }), mode));
      expect(error.code).toBe('invalid_response');
      expect(error.usage).toMatchObject({ inputTokens: 100, outputTokens: 20, totalTokens: 120 });
      expect(error.cost?.usd).toBeCloseTo(100 * PRICES.inputPerToken + 20 * PRICES.outputPerToken, 12);
      expect(error.timing?.segments).toHaveLength(1);
      expect(error.toJSON()).toMatchObject({ usage: error.usage, cost: error.cost, timing: error.timing });
    });

    it('sums every turn of a tool loop that hit its limit', async () => {
      const asks = { toolCalls: [{ name: 'lookup', arguments: '{}' }], usage: { prompt_tokens: 10, completion_tokens: 2 } };
      simulator().enqueue('gpt-4o-mini', asks, asks);
      const request = ask('go', { tools: [lookup], maxToolIterations: 2, onToolLoopLimit: 'error' });
      const error = await rejection(run(providerFor(simulator()), request, mode));
      expect(error.code).toBe('tool_loop_limit');
      expect(error.usage).toMatchObject({ inputTokens: 20, outputTokens: 4 });
      expect(error.cost?.usd).not.toBeNull();
    });

    it('keeps the answered turns when a later turn is refused', async () => {
      simulator().enqueue('gpt-4o-mini', { toolCalls: [{ name: 'lookup', arguments: '{}' }], usage: { prompt_tokens: 10, completion_tokens: 2 } }, { fault: 'rate-limit' });
      const error = await rejection(run(providerFor(simulator()), ask('go', { tools: [lookup] }), mode));
      expect(error).toMatchObject({ code: 'rate_limited', status: 429 });
      expect(error.usage).toMatchObject({ inputTokens: 10, outputTokens: 2 });
    });

    it('has nothing spent when the first turn fails', async () => {
      simulator().enqueue('gpt-4o-mini', { fault: 'server-error' });
      const error = await rejection(run(providerFor(simulator()), ask('hi'), mode));
      expect(error).toMatchObject({ usage: null, cost: null, timing: null });
    });
  });
});
