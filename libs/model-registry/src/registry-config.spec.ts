import { type ProviderError } from '@modelgate/provider-contracts';
import { type RegistryConfigInput, parseRegistryConfig } from './registry-config';
import { thrown } from '@modelgate/testing';

function failureOf(input: unknown): ProviderError {
  return thrown(() => parseRegistryConfig(input as RegistryConfigInput));
}

describe('parseRegistryConfig', () => {
  it('denies nothing and keeps 1000 key scopes when no configuration is bound', () => {
    expect(parseRegistryConfig(undefined)).toEqual({ deny: [], maxKeyScopes: 1000 });
    expect(parseRegistryConfig({})).toEqual({ deny: [], maxKeyScopes: 1000 });
  });

  it('accepts provider ids, exact model ids and model-id globs', () => {
    const deny = ['openai', 'litellm/gpt-4', 'litellm/*-preview', 'litellm/gpt-3.5*', '*/o1'];
    expect(parseRegistryConfig({ deny }).deny).toEqual(deny);
  });

  it.each([[''], ['Open AI'], ['/gpt-4o'], ['litellm/ gpt'], ['OpenAI']])(
    'rejects the deny entry %p as misconfigured',
    (entry) => {
      const error = failureOf({ deny: [entry] });
      expect(error.code).toBe('misconfigured');
      expect(error.message).toContain('deny.0');
    },
  );

  it('rejects unknown keys, so a misspelt setting is not silently ignored', () => {
    const error = failureOf({ denied: ['openai'] });
    expect(error.code).toBe('misconfigured');
    expect(error.message).toBe('Invalid registry configuration at denied');
  });
});
