import { ask, MODES, providerFor, run, useSimulator } from './test-support/harness';

const weather = { name: 'get_weather', parameters: { type: 'object', properties: {} } };

describe('request options reach the wire exactly', () => {
  const simulator = useSimulator();

  describe.each(MODES)('%s', (mode) => {
    it('sends every common option, the user and the tags in metadata, in the OpenAI names', async () => {
      const request = ask('hi', {
        tools: [weather],
        topP: 0.9,
        stop: ['END'],
        seed: 42,
        presencePenalty: 0.5,
        frequencyPenalty: -0.25,
        parallelToolCalls: false,
        logprobs: true,
        topLogprobs: 2,
        n: 1,
        user: 'u-42',
        tags: ['team:a', 'feature:chat'],
        metadata: { tenant: 'acme', priority: 2, flags: { beta: true } },
      });
      await run(providerFor(simulator()), request, mode);
      expect(simulator().chatRequests[0]).toMatchObject({
        top_p: 0.9,
        stop: ['END'],
        seed: 42,
        presence_penalty: 0.5,
        frequency_penalty: -0.25,
        parallel_tool_calls: false,
        logprobs: true,
        top_logprobs: 2,
        n: 1,
        user: 'u-42',
        metadata: { tenant: 'acme', priority: 2, flags: { beta: true }, tags: ['team:a', 'feature:chat'] },
      });
    });

    it('reads back the log probabilities of the answer\'s tokens, with the alternatives asked for', async () => {
      const { result } = await run(providerFor(simulator()), ask('hi', { logprobs: true, topLogprobs: 2 }), mode);
      expect(result.logprobs?.map((t) => t.token).join('')).toBe(result.content);
      expect(result.logprobs?.[0]).toEqual({
        token: 'You ',
        logprob: -0.1,
        topLogprobs: [
          { token: 'You ', logprob: -0.1 },
          { token: 'You #1', logprob: -1.1 },
        ],
      });
    });

    it('has no log probabilities unless asked', async () => {
      const { result } = await run(providerFor(simulator()), ask('hi'), mode);
      expect(result).not.toHaveProperty('logprobs');
    });

    it('sends nothing for options left out', async () => {
      await run(providerFor(simulator()), ask('hi'), mode);
      const sent = simulator().chatRequests[0];
      for (const field of ['top_p', 'stop', 'seed', 'presence_penalty', 'frequency_penalty', 'parallel_tool_calls', 'logprobs', 'top_logprobs', 'n', 'user', 'metadata']) {
        expect(sent).not.toHaveProperty(field);
      }
    });

    it('sends parallel_tool_calls only with tools, which OpenAI requires', async () => {
      await run(providerFor(simulator()), ask('hi', { parallelToolCalls: true }), mode);
      expect(simulator().chatRequests[0]).not.toHaveProperty('parallel_tool_calls');
    });

    it("sends the call's own provider's options as they are, and no other provider's", async () => {
      const providerOptions = { litellm: { mock_testing_fallbacks: false, caching: { ttl: 60 } }, vllm: { guided_choice: ['a'] } };
      await run(providerFor(simulator()), ask('hi', { providerOptions }), mode);
      const sent = simulator().chatRequests[0];
      expect(sent).toMatchObject({ model: 'gpt-4o-mini', mock_testing_fallbacks: false, caching: { ttl: 60 } });
      expect(sent).not.toHaveProperty('guided_choice');
    });
  });
});
