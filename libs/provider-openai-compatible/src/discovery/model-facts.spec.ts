import { UNKNOWN_CAPABILITIES } from '@modelgate/provider-contracts';
import { isCallableModel, isWildcardRoute, toModelInfo } from './model-facts';

const definition = { id: 'acme', modelPrefix: 'acme/' };

describe('toModelInfo', () => {
  it('prefixes the id and keeps the server name as it is', () => {
    expect(toModelInfo(definition, 'meta-llama/Llama-3.1-8B')).toMatchObject({
      id: 'acme/meta-llama/Llama-3.1-8B',
      provider: 'acme',
      name: 'meta-llama/Llama-3.1-8B',
    });
  });

  it('knows nothing rather than guessing when there are no facts', () => {
    const model = toModelInfo(definition, 'custom');
    expect(model.mode).toBe('unknown');
    expect(model.contextWindow).toBeNull();
    expect(model.maxOutputTokens).toBeNull();
    expect(model.pricing).toEqual({ inputPerToken: null, outputPerToken: null });
    expect(Object.values(model.capabilities).every((flag) => flag === null)).toBe(true);
  });

  it('takes every fact it is given', () => {
    const facts = {
      mode: 'chat' as const,
      contextWindow: 8192,
      maxOutputTokens: 1024,
      pricing: { inputPerToken: 1e-7, outputPerToken: 2e-7 },
      capabilities: { ...UNKNOWN_CAPABILITIES, tools: true },
    };
    expect(toModelInfo(definition, 'm', facts)).toEqual({ id: 'acme/m', provider: 'acme', name: 'm', ...facts });
  });
});

describe('isCallableModel', () => {
  it.each(['chat', 'responses', 'unknown', 'embedding'] as const)('lists a %s model', (mode) => {
    expect(isCallableModel(toModelInfo(definition, 'm', { mode }))).toBe(true);
  });

  it.each(['image_generation', 'audio_transcription', 'rerank', 'other'] as const)('leaves a %s model out', (mode) => {
    expect(isCallableModel(toModelInfo(definition, 'm', { mode }))).toBe(false);
  });
});

describe('toModelInfo dimensions', () => {
  it('carries the vector length of an embedding model when the server states it', () => {
    expect(toModelInfo(definition, 'e', { mode: 'embedding', dimensions: 1536 }).dimensions).toBe(1536);
  });

  it('adds no dimensions field when the server states none', () => {
    expect('dimensions' in toModelInfo(definition, 'm', { mode: 'chat' })).toBe(false);
  });
});

describe('isWildcardRoute', () => {
  it.each(['*', 'openai/*', 'anthropic/claude-*'])('treats %s as a route, not a model', (id) => {
    expect(isWildcardRoute(id)).toBe(true);
  });
  it('treats a plain id as a model', () => {
    expect(isWildcardRoute('openai/gpt-4o')).toBe(false);
  });
});
