import { useSimulator } from '@modelgate/gateway-simulator';
import { MODES, rejection, run } from '@modelgate/testing';
import { ask, litellmProviderFor, MODEL } from './test-support/litellm-provider';

/** How LiteLLM's own refusals steer the engine's fallbacks: which are worth another model, which are not. */
describe('fallback models on LiteLLM answers', () => {
  const simulator = useSimulator();
  const fallback = { fallbackModels: ['litellm/claude-3-5-haiku'] };
  const models = () => simulator().chatRequests.map((request) => request.model);

  describe.each(MODES)('%s', (mode) => {
    it("falls back from a model the proxy does not know (its 400 'Invalid model name')", async () => {
      simulator().enqueue('gpt-4o-mini', { fault: 'invalid-model' });
      const { result } = await run(litellmProviderFor(simulator()), ask('hi', fallback), mode);
      expect(result.model).toBe('litellm/claude-3-5-haiku');
      expect(result.gateway.failedAttempts).toEqual([expect.objectContaining({ model: MODEL, code: 'model_not_found', status: 400 })]);
    });

    it('falls back when no deployment is available (all cooling down)', async () => {
      simulator().enqueue('gpt-4o-mini', { fault: 'no-deployments' });
      const { result } = await run(litellmProviderFor(simulator()), ask('hi', fallback), mode);
      expect(result.gateway.failedAttempts.map((attempt) => attempt.code)).toEqual(['rate_limited']);
    });

    it('does not fall back from an exceeded budget, which every model of the key shares', async () => {
      simulator().enqueue('gpt-4o-mini', { fault: 'budget-exceeded' });
      const error = await rejection(run(litellmProviderFor(simulator()), ask('hi', fallback), mode));
      expect(error.code).toBe('budget_exceeded');
      expect(models()).toEqual(['gpt-4o-mini']);
    });
  });
});
