import { type ProviderDefinitionInput, type ProviderError } from '@modelgate/provider-contracts';
import { indexProviders } from './index-providers';
import { dynamicProvider, staticProvider } from './test-support/fixtures';
import { modelInfo, thrown } from '@modelgate/testing';

function failureOf(inputs: readonly unknown[]): ProviderError {
  return thrown(() => indexProviders(inputs as ProviderDefinitionInput[]));
}

describe('indexProviders', () => {
  it('indexes definitions by id in binding order and by prefix', () => {
    const index = indexProviders([staticProvider('openai'), dynamicProvider('litellm')]);
    expect([...index.byId.keys()]).toEqual(['openai', 'litellm']);
    expect(index.byPrefix.get('litellm/')?.id).toBe('litellm');
  });

  it('fills in an empty catalogue when a definition leaves it out', () => {
    const { models: _models, ...withoutModels } = dynamicProvider('litellm');
    expect(indexProviders([withoutModels]).byId.get('litellm')?.models).toEqual([]);
  });

  it('names the provider and the issue paths of a malformed definition', () => {
    const error = failureOf([{ ...staticProvider('openai'), modelPrefix: 'openai', family: 'cohere' }]);
    expect(error.code).toBe('misconfigured');
    expect(error.message).toBe('Provider definition "openai" is invalid at modelPrefix, family');
  });

  it('names a malformed definition without an id by its position', () => {
    expect(failureOf([staticProvider('openai'), { name: 'nameless' }]).message).toMatch(/^Provider definition #2 is invalid at id/);
  });

  it('rejects a value that is not a definition at all', () => {
    expect(failureOf([null]).message).toBe('Provider definition #1 is invalid at (root)');
  });

  it('rejects a provider id bound twice', () => {
    const error = failureOf([staticProvider('openai'), staticProvider('openai', { modelPrefix: 'oai/', models: [], defaultModel: '' })]);
    expect(error.code).toBe('misconfigured');
    expect(error.message).toBe('Provider "openai" is defined twice');
  });

  it('rejects two providers that share a model prefix', () => {
    const error = failureOf([dynamicProvider('litellm'), dynamicProvider('litellm-eu', { modelPrefix: 'litellm/' })]);
    expect(error.code).toBe('misconfigured');
    expect(error.message).toBe('Providers "litellm" and "litellm-eu" share the model prefix "litellm/"');
  });

  it('rejects a catalogue model that belongs to another provider', () => {
    const error = failureOf([staticProvider('openai', { models: [modelInfo('anthropic', 'claude')], defaultModel: '' })]);
    expect(error.message).toContain('Provider "openai" has a bad catalogue');
    expect(error.provider).toBe('openai');
  });

  it('rejects a static default model missing from the catalogue', () => {
    const error = failureOf([staticProvider('openai', { defaultModel: 'openai/generic' })]);
    expect(error.message).toBe('Provider "openai" has a default model "openai/generic" it does not serve');
  });

  it('accepts a dynamic default model carrying its prefix, and rejects one without it', () => {
    expect(() => indexProviders([dynamicProvider('litellm', { defaultModel: 'litellm/gpt-4o' })])).not.toThrow();
    expect(failureOf([dynamicProvider('litellm', { defaultModel: 'gpt-4o' })]).code).toBe('misconfigured');
  });
});
