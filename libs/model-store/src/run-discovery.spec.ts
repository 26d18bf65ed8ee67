import { type DiscoveryReport, type ModelDiscovery, ProviderError } from '@modelgate/provider-contracts';
import { failureReport, runDiscovery } from './run-discovery';
import { report } from './test-support/fake-discovery';

const signal = new AbortController().signal;
const options = { signal };

function answering(answer: () => Promise<unknown>): ModelDiscovery {
  return { providerId: 'litellm', discover: answer as () => Promise<DiscoveryReport> };
}

describe('runDiscovery', () => {
  it("passes a well-formed report through and hands the discovery the loader's signal", async () => {
    let seen: AbortSignal | undefined;
    const discovery: ModelDiscovery = {
      providerId: 'litellm',
      discover: async (options) => {
        seen = options?.signal;
        return report('litellm', ['gpt-4o']);
      },
    };
    await expect(runDiscovery('litellm', discovery, options)).resolves.toEqual(report('litellm', ['gpt-4o']));
    expect(seen).toBe(signal);
  });

  it('reports a provider without a discovery as misconfigured', async () => {
    const result = await runDiscovery('litellm', undefined, options);
    expect(result.status).toBe('misconfigured');
    expect(result.error).toEqual({ code: 'misconfigured', message: 'No model discovery is bound for provider "litellm"' });
  });

  it('turns a thrown error into an invalid_response report, keeping only its first line', async () => {
    const result = await runDiscovery('litellm', answering(() => Promise.reject(new Error('boom\nstack'))), options);
    expect(result.status).toBe('invalid_response');
    expect(result.error?.message).toBe('Discovery for "litellm" failed: boom');
  });

  it('names the code of a thrown ProviderError', async () => {
    const thrown = new ProviderError({ code: 'unreachable', message: 'connection refused' });
    const result = await runDiscovery('litellm', answering(() => Promise.reject(thrown)), options);
    expect(result.error?.message).toBe('Discovery for "litellm" failed: unreachable: connection refused');
  });

  it('turns a synchronous throw into a report too', async () => {
    const discovery: ModelDiscovery = {
      providerId: 'litellm',
      discover: () => {
        throw new Error('not even a promise');
      },
    };
    expect((await runDiscovery('litellm', discovery, options)).status).toBe('invalid_response');
  });

  it('keeps secrets out of the message of a thrown error', async () => {
    const result = await runDiscovery('litellm', answering(() => Promise.reject(new Error('bad key sk-canary-12345'))), options);
    expect(result.error?.message).not.toContain('sk-canary');
  });

  it("rejects an answer about another provider", async () => {
    const result = await runDiscovery('litellm', answering(async () => report('vllm', ['llama'])), options);
    expect(result.error?.message).toBe('Discovery for "litellm" answered for "vllm"');
  });
});

describe('failureReport', () => {
  it('uses the status as the error code and carries no models', () => {
    const result = failureReport('litellm', 'unreachable', 'down');
    expect(result).toMatchObject({ provider: 'litellm', status: 'unreachable', models: [], enriched: false });
    expect(result.error).toEqual({ code: 'unreachable', message: 'down' });
    expect(Number.isNaN(Date.parse(result.fetchedAt))).toBe(false);
  });
});
