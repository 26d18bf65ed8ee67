import { type ProviderDefinitionInput, UNKNOWN_CAPABILITIES } from '@modelgate/provider-contracts';
import { ModelRegistryImpl, UNKNOWN_PRICING } from './model-registry';
import { type RegistryConfigInput } from './registry-config';
import { dynamicProvider, staticProvider } from './test-support/fixtures';
import { modelInfo, thrown } from '@modelgate/testing';

const openai = staticProvider('openai');
const ollama = staticProvider('ollama', { requiresUserApiKey: false });
const litellm = dynamicProvider('litellm');
const vllm = dynamicProvider('vllm');

function registry(deny: string[] = [], definitions: ProviderDefinitionInput[] = [openai, ollama, litellm, vllm]) {
  const config: RegistryConfigInput = { deny };
  return new ModelRegistryImpl(definitions, config);
}

describe('ModelRegistryImpl construction', () => {
  it('works without definitions and without configuration', () => {
    const empty = new ModelRegistryImpl();
    expect(empty.getProviders()).toEqual([]);
    expect(empty.getModels()).toEqual([]);
  });

  it('rejects malformed definitions as misconfigured', () => {
    const error = thrown(() => registry([], [{ ...openai, kind: 'hybrid' } as unknown as ProviderDefinitionInput]));
    expect(error.code).toBe('misconfigured');
    expect(error.message).toBe('Provider definition "openai" is invalid at kind');
  });

  it('rejects duplicate model prefixes as misconfigured', () => {
    const error = thrown(() => registry([], [litellm, dynamicProvider('proxy', { modelPrefix: 'litellm/' })]));
    expect(error.code).toBe('misconfigured');
  });

  it('rejects a malformed deny list as misconfigured', () => {
    expect(thrown(() => registry(['Not A Provider'])).code).toBe('misconfigured');
  });
});

describe('ModelRegistryImpl providers', () => {
  it('lists providers in binding order', () => {
    expect(registry().getProviders().map((p) => p.id)).toEqual(['openai', 'ollama', 'litellm', 'vllm']);
  });

  it('returns a provider by id', () => {
    expect(registry().getProvider('litellm')).toEqual(litellm);
  });

  it('fails as misconfigured for an unknown provider id', () => {
    const error = thrown(() => registry().getProvider('anthropic'));
    expect(error.code).toBe('misconfigured');
    expect(error.message).toBe('No provider "anthropic" is defined');
  });

  it('leaves dynamic providers out of the base model providers', () => {
    expect(registry().getBaseModelProviders().map((p) => p.id)).toEqual(['openai', 'ollama']);
  });

  it('hides a denied provider, and refuses it by id as forbidden', () => {
    const denied = registry(['litellm']);
    expect(denied.getProviders().map((p) => p.id)).toEqual(['openai', 'ollama', 'vllm']);
    const error = thrown(() => denied.getProvider('litellm'));
    expect(error.code).toBe('forbidden');
    expect(error.message).toBe('Provider "litellm" is denied by configuration');
  });
});

describe('ModelRegistryImpl models', () => {
  it('lists static catalogues and discovered models in provider order', () => {
    const reg = registry();
    reg.setDynamicModels('vllm', [modelInfo('vllm', 'llama')]);
    reg.setDynamicModels('litellm', [modelInfo('litellm', 'gpt-4o')]);
    expect(reg.getModels().map((m) => m.id)).toEqual([
      'openai/large',
      'openai/small',
      'ollama/large',
      'ollama/small',
      'litellm/gpt-4o',
      'vllm/llama',
    ]);
    expect(reg.getModels('litellm').map((m) => m.id)).toEqual(['litellm/gpt-4o']);
  });

  it('lists no models for a dynamic provider before discovery', () => {
    expect(registry().getModels('litellm')).toEqual([]);
  });

  it('fails as misconfigured when listing the models of an unknown provider', () => {
    expect(thrown(() => registry().getModels('anthropic')).code).toBe('misconfigured');
  });

  it('returns a model by id, and undefined for one it does not list', () => {
    const reg = registry();
    expect(reg.getModel('openai/large')).toEqual(modelInfo('openai', 'large'));
    expect(reg.getModel('litellm/gpt-4o')).toBeUndefined();
  });

  it('replaces the whole list of a dynamic provider', () => {
    const reg = registry();
    reg.setDynamicModels('litellm', [modelInfo('litellm', 'old')]);
    reg.setDynamicModels('litellm', [modelInfo('litellm', 'new')]);
    expect(reg.getModel('litellm/old')).toBeUndefined();
    expect(reg.getModels('litellm').map((m) => m.id)).toEqual(['litellm/new']);
  });

  it('drops denied models from a discovered list and returns what it kept', () => {
    const reg = registry(['litellm/*-preview', 'litellm/gpt-3.5*']);
    const kept = reg.setDynamicModels('litellm', [
      modelInfo('litellm', 'gpt-4o'),
      modelInfo('litellm', 'o1-preview'),
      modelInfo('litellm', 'gpt-3.5-turbo'),
    ]);
    expect(kept.map((m) => m.id)).toEqual(['litellm/gpt-4o']);
    expect(reg.getModels('litellm')).toEqual(kept);
  });

  it('drops denied models from a static catalogue', () => {
    expect(registry(['openai/small']).getModels('openai').map((m) => m.id)).toEqual(['openai/large']);
  });

  it('refuses discovered models for a static provider as misconfigured', () => {
    expect(thrown(() => registry().setDynamicModels('openai', [modelInfo('openai', 'x')])).code).toBe('misconfigured');
  });

  it('refuses discovered models for an unknown provider as misconfigured', () => {
    expect(thrown(() => registry().setDynamicModels('anthropic', [])).code).toBe('misconfigured');
  });

  it.each([
    ['another provider id', modelInfo('litellm', 'gpt-4o', { provider: 'vllm' })],
    ['another prefix', modelInfo('vllm', 'llama', { provider: 'litellm' })],
  ])('refuses a discovered model with %s as an invalid response and keeps the old list', (_label, model) => {
    const reg = registry();
    reg.setDynamicModels('litellm', [modelInfo('litellm', 'kept')]);
    const error = thrown(() => reg.setDynamicModels('litellm', [modelInfo('litellm', 'a'), model]));
    expect(error.code).toBe('invalid_response');
    expect(error.provider).toBe('litellm');
    expect(reg.getModels('litellm').map((m) => m.id)).toEqual(['litellm/kept']);
  });
});

describe('ModelRegistryImpl.getProviderFromModel', () => {
  it('finds the owner of a listed model', () => {
    expect(registry().getProviderFromModel('openai/small').id).toBe('openai');
  });

  it('accepts any id with a dynamic prefix before discovery, since the gateway is the authority', () => {
    expect(registry().getProviderFromModel('litellm/anything/at-all').id).toBe('litellm');
  });

  it.each([['openai/unlisted'], ['anthropic/claude'], ['gpt-4o'], ['litellm/'], ['/gpt-4o']])(
    'fails as model_not_found for %p, never guessing a provider',
    (id) => {
      const error = thrown(() => registry().getProviderFromModel(id));
      expect(error.code).toBe('model_not_found');
      expect(error.model).toBe(id);
    },
  );

  it('fails as model_not_found for an empty id', () => {
    const error = thrown(() => registry().getProviderFromModel(''));
    expect(error.code).toBe('model_not_found');
    expect(error.message).toBe('No model id given');
  });

  it.each([
    ['a denied model glob', ['litellm/*-preview'], 'litellm/o1-preview'],
    ['a denied static model', ['openai/small'], 'openai/small'],
    ['a denied dynamic provider', ['litellm'], 'litellm/gpt-4o'],
    ['a denied static provider', ['openai'], 'openai/large'],
  ])('fails as forbidden for %s', (_label, deny, id) => {
    const error = thrown(() => registry(deny).getProviderFromModel(id));
    expect(error.code).toBe('forbidden');
    expect(error.message).toBe(`Model "${id}" is denied by configuration`);
  });

  it('keeps resolving discovered models that no deny entry matches', () => {
    const reg = registry(['litellm/*-preview']);
    reg.setDynamicModels('litellm', [modelInfo('litellm', 'gpt-4o')]);
    expect(reg.getProviderFromModel('litellm/gpt-4o').id).toBe('litellm');
  });
});

describe('ModelRegistryImpl.toProviderModelName', () => {
  it('strips only the first prefix', () => {
    expect(registry().toProviderModelName('litellm/openai/gpt-4o')).toBe('openai/gpt-4o');
    expect(registry().toProviderModelName('openai/large')).toBe('large');
  });

  it('fails as model_not_found for an id no provider serves', () => {
    expect(thrown(() => registry().toProviderModelName('anthropic/claude')).code).toBe('model_not_found');
  });
});

describe('ModelRegistryImpl API keys', () => {
  it('never asks users for a key for a dynamic provider', () => {
    expect(registry().requiresUserApiKey('litellm/gpt-4o')).toBe(false);
    expect(registry().requiresUserApiKey('vllm/llama')).toBe(false);
  });

  it("follows a static provider's flag", () => {
    expect(registry().requiresUserApiKey('openai/large')).toBe(true);
    expect(registry().requiresUserApiKey('ollama/large')).toBe(false);
  });

  it('fails as model_not_found when asked about an unknown model', () => {
    expect(thrown(() => registry().requiresUserApiKey('anthropic/claude')).code).toBe('model_not_found');
  });

  it("gives a gateway the operator's key and ignores the user's", () => {
    expect(registry().getApiKey('litellm', 'sk-user', { apiKey: 'sk-operator' })).toBe('sk-operator');
    expect(registry().getApiKey('litellm', 'sk-user', {})).toBeUndefined();
  });

  it("gives a key-requiring provider the user's key, else the configured one, else unauthorized", () => {
    expect(registry().getApiKey('openai', 'sk-user', { apiKey: 'sk-operator' })).toBe('sk-user');
    expect(registry().getApiKey('openai', undefined, { apiKey: 'sk-operator' })).toBe('sk-operator');
    expect(thrown(() => registry().getApiKey('openai', undefined, {})).code).toBe('unauthorized');
  });

  it('fails as misconfigured for the key of an unknown provider', () => {
    expect(thrown(() => registry().getApiKey('anthropic', 'sk-user', {})).code).toBe('misconfigured');
  });
});

describe('ModelRegistryImpl capabilities and pricing', () => {
  const described = modelInfo('litellm', 'gpt-4o', {
    capabilities: { ...UNKNOWN_CAPABILITIES, vision: true },
    pricing: { inputPerToken: 0.0000025, outputPerToken: 0.00001 },
  });

  it('returns what discovery said about a model', () => {
    const reg = registry();
    reg.setDynamicModels('litellm', [described]);
    expect(reg.getCapabilities('litellm/gpt-4o')).toEqual(described.capabilities);
    expect(reg.getPricing('litellm/gpt-4o')).toEqual(described.pricing);
  });

  it('returns a static model from its catalogue', () => {
    expect(registry().getPricing('openai/large')).toEqual(modelInfo('openai', 'large').pricing);
  });

  it('knows nothing yet about an undiscovered gateway model', () => {
    expect(registry().getCapabilities('litellm/new-model')).toBe(UNKNOWN_CAPABILITIES);
    expect(registry().getPricing('litellm/new-model')).toBe(UNKNOWN_PRICING);
  });

  it('fails as model_not_found for an unknown model of a static provider', () => {
    expect(thrown(() => registry().getCapabilities('openai/unlisted')).code).toBe('model_not_found');
    expect(thrown(() => registry().getPricing('openai/unlisted')).code).toBe('model_not_found');
  });

  it('fails as forbidden for a denied model', () => {
    expect(thrown(() => registry(['litellm/gpt-4o']).getCapabilities('litellm/gpt-4o')).code).toBe('forbidden');
  });
});

describe('ModelRegistryImpl.isDenied', () => {
  it('denies nothing without a deny list', () => {
    expect(registry().isDenied('litellm/gpt-4o')).toBe(false);
  });

  it('denies model ids matching a glob and every model of a denied provider', () => {
    const reg = registry(['litellm/gpt-3.5*', 'vllm']);
    expect(reg.isDenied('litellm/gpt-3.5-turbo')).toBe(true);
    expect(reg.isDenied('vllm/llama')).toBe(true);
    expect(reg.isDenied('litellm/gpt-4o')).toBe(false);
  });

  it('says a listed model is allowed', () => {
    expect(registry(['litellm/*-preview']).isDenied('openai/large')).toBe(false);
  });
});
