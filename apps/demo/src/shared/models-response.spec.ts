import { type DiscoveryReport, type ModelInfo, UNKNOWN_CAPABILITIES } from '@modelgate/provider-contracts';
import { ModelsResponse } from './api-contract';
import { DISCOVERY_HTTP_STATUS, toModelsResponse } from './models-response';

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

const report = (overrides: Partial<DiscoveryReport>): DiscoveryReport => ({
  provider: 'litellm',
  status: 'ready',
  models: [model],
  error: null,
  fetchedAt: '2025-01-01T00:00:00.000Z',
  enriched: true,
  ...overrides,
});

describe('toModelsResponse', () => {
  it('keeps what a client needs of each model and nothing else', () => {
    const body = toModelsResponse(report({}));
    expect(body).toEqual({
      status: 'ready',
      models: [{ id: model.id, name: model.name, contextWindow: 128000, capabilities: model.capabilities, pricing: model.pricing }],
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
