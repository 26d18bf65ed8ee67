import { type DiscoveryReport, type ModelInfo, UNKNOWN_CAPABILITIES } from '@modelgate/provider-contracts';
import { ModelsOverview, ModelsResponse } from './api-contract';
import { DISCOVERY_HTTP_STATUS, toModelsOverview, toModelsResponse } from './models-response';
import { discoveryReport } from '@modelgate/testing';

const model: ModelInfo = {
  id: 'litellm/gpt-4o-mini',
  provider: 'litellm',
  name: 'gpt-4o-mini',
  mode: 'chat',
  contextWindow: 128000,
  maxOutputTokens: 16384,
  pricing: { inputPerToken: 1.5e-7, outputPerToken: 6e-7 },
  capabilities: { ...UNKNOWN_CAPABILITIES, tools: true },
};

const report = (overrides: Partial<DiscoveryReport>): DiscoveryReport => discoveryReport([model], overrides);

describe('toModelsResponse', () => {
  it('keeps what a client needs of each model and nothing else', () => {
    const body = toModelsResponse(report({}));
    expect(body).toEqual({
      status: 'ready',
      models: [{ id: model.id, provider: 'litellm', name: model.name, mode: model.mode, contextWindow: 128000, capabilities: model.capabilities, pricing: model.pricing }],
    });
    expect(ModelsResponse.strict().parse(body)).toEqual(body);
  });

  it('turns a failed discovery into a typed error in the same contract', () => {
    const body = toModelsResponse(
      report({ status: 'unreachable', models: [], error: { code: 'unreachable', message: 'Cannot connect (ECONNREFUSED)' } }),
    );
    expect(ModelsResponse.parse(body)).toEqual(body);
    expect(body.error).toMatchObject({ code: 'unreachable', retryable: true, provider: 'litellm', message: 'Cannot connect (ECONNREFUSED)' });
  });

  it('answers 200 only when the proxy answered', () => {
    expect(DISCOVERY_HTTP_STATUS.ready).toBe(200);
    expect(DISCOVERY_HTTP_STATUS.empty).toBe(200);
    for (const status of ['unreachable', 'unauthorized', 'misconfigured', 'invalid_response'] as const) {
      expect(DISCOVERY_HTTP_STATUS[status]).toBeGreaterThanOrEqual(500);
    }
  });
});

describe('toModelsOverview', () => {
  const llama: ModelInfo = { ...model, id: 'vllm/llama', provider: 'vllm', name: 'llama', pricing: { inputPerToken: null, outputPerToken: null } };
  const NAMES: Record<string, string> = { litellm: 'LiteLLM', vllm: 'vLLM' };
  const nameOf = (id: string) => NAMES[id]!;

  it('lists every provider\'s models in provider order, ready when all answered', () => {
    const overview = toModelsOverview([report({}), report({ provider: 'vllm', models: [llama] })], nameOf);
    expect(ModelsOverview.strict().parse(overview)).toEqual(overview);
    expect(overview.status).toBe('ready');
    expect(overview.error).toBeUndefined();
    expect(overview.models.map((entry) => [entry.provider, entry.id])).toEqual([
      ['litellm', 'litellm/gpt-4o-mini'],
      ['vllm', 'vllm/llama'],
    ]);
    expect(overview.providers).toEqual([
      { id: 'litellm', name: 'LiteLLM', status: 'ready' },
      { id: 'vllm', name: 'vLLM', status: 'ready' },
    ]);
  });

  it('keeps the models of the provider that answered when the other is down, and reports the failure', () => {
    const down = report({ provider: 'vllm', status: 'unreachable', models: [], error: { code: 'unreachable', message: 'Cannot connect' } });
    const overview = toModelsOverview([report({}), down], nameOf);
    expect(overview.models.map((entry) => entry.id)).toEqual(['litellm/gpt-4o-mini']);
    expect(overview.status).toBe('unreachable');
    expect(overview.error).toMatchObject({ code: 'unreachable', provider: 'vllm' });
    expect(overview.providers[1]).toMatchObject({ id: 'vllm', status: 'unreachable', error: { code: 'unreachable', message: 'Cannot connect' } });
  });

  it('is empty when every provider answered without chat models', () => {
    const overview = toModelsOverview([report({ status: 'empty', models: [] }), report({ provider: 'vllm', status: 'empty', models: [] })], nameOf);
    expect(overview).toMatchObject({ status: 'empty', models: [] });
  });
});
