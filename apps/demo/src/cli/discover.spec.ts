import { isProviderError } from '@modelgate/provider-contracts';
import { type Harness, closedPortUrl, startHarness } from '../test-support/demo-harness';
import { discoveryFailures, resolveModelId } from './discover';

function failure(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

/** Model ids as a person types them, against a LiteLLM proxy and a vLLM server that both serve `gpt-4o-mini`. */
describe('resolveModelId', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ vllm: { simulator: { models: [{ id: 'gpt-4o-mini' }, { id: 'Qwen/Qwen2.5-7B-Instruct' }] } } });
    await harness.demo.modelgate.discovery.refresh();
  });
  afterAll(() => harness.close());

  it('takes a full id as it is', () => {
    expect(resolveModelId('vllm/gpt-4o-mini', harness.demo)).toBe('vllm/gpt-4o-mini');
  });

  it('adds the prefix of the one provider that serves a bare name', () => {
    expect(resolveModelId('claude-3-5-haiku', harness.demo)).toBe('litellm/claude-3-5-haiku');
    expect(resolveModelId('Qwen/Qwen2.5-7B-Instruct', harness.demo)).toBe('vllm/Qwen/Qwen2.5-7B-Instruct');
  });

  it('asks for the prefix when several providers serve the name', () => {
    const error = failure(() => resolveModelId('gpt-4o-mini', harness.demo));
    expect(isProviderError(error) && error.code).toBe('bad_request');
    expect(error.message).toBe('Model "gpt-4o-mini" is served by several providers: name one of litellm/gpt-4o-mini, vllm/gpt-4o-mini');
  });

  it('names every configured server when no provider serves the model', () => {
    const error = failure(() => resolveModelId('llama-9000', harness.demo));
    expect(isProviderError(error) && error.code).toBe('model_not_found');
    expect(error.message).toBe(
      'Model "llama-9000" is not served by the LiteLLM proxy or the vLLM server (list them with: npm start -- models)',
    );
  });
});

describe('discoveryFailures', () => {
  it('names the server of each failed discovery, and only those', async () => {
    const harness = await startHarness({ vllm: { baseUrl: await closedPortUrl() } });
    try {
      const reports = await harness.demo.modelgate.discovery.refresh();
      const failures = discoveryFailures(reports, harness.demo);
      expect(failures.map((error) => [error.code, error.provider])).toEqual([['unreachable', 'vllm']]);
      expect(failures[0]!.message).toMatch(/^Cannot connect \(ECONNREFUSED\) \(vLLM server at http:\/\/127\.0\.0\.1:\d+\)$/);
    } finally {
      await harness.close();
    }
  });
});
