import { ProviderDefinition, ProviderFamily } from './provider-definition';

const litellm = {
  id: 'litellm',
  name: 'LiteLLM',
  description: 'OpenAI-compatible gateway',
  icon: 'gateway',
  modelPrefix: 'litellm/',
  family: 'openai-compatible',
  kind: 'dynamic',
  requiresUserApiKey: false,
  defaultModel: '',
};

describe('ProviderDefinition', () => {
  it('defaults models to an empty list', () => {
    expect(ProviderDefinition.parse(litellm).models).toEqual([]);
  });

  it('rejects a model prefix without its trailing slash or with capitals', () => {
    expect(ProviderDefinition.safeParse({ ...litellm, modelPrefix: 'litellm' }).success).toBe(false);
    expect(ProviderDefinition.safeParse({ ...litellm, modelPrefix: 'LiteLLM/' }).success).toBe(false);
    expect(ProviderDefinition.safeParse({ ...litellm, modelPrefix: 'lite/llm/' }).success).toBe(false);
  });

  it('rejects an id that could not start a model id', () => {
    for (const id of ['', '-litellm', 'Lite', 'lite/llm']) {
      expect(ProviderDefinition.safeParse({ ...litellm, id }).success).toBe(false);
    }
  });

  it('rejects a family it does not know', () => {
    expect(ProviderDefinition.safeParse({ ...litellm, family: 'cohere' }).success).toBe(false);
  });
});

describe('ProviderFamily', () => {
  it('names the one wire format a provider uses', () => {
    expect(ProviderFamily.options).toEqual(['openai-compatible']);
  });
});
