import { needsUserApiKey, resolveApiKey } from './api-key-policy';
import { dynamicProvider, staticProvider } from './test-support/fixtures';
import { thrown } from '@modelgate/testing';

const openai = staticProvider('openai');
const litellm = dynamicProvider('litellm');

describe('needsUserApiKey', () => {
  it('follows the flag of a static provider', () => {
    expect(needsUserApiKey(openai)).toBe(true);
    expect(needsUserApiKey(staticProvider('ollama', { requiresUserApiKey: false }))).toBe(false);
  });

  it('is false for a dynamic provider even when its definition sets the flag', () => {
    expect(needsUserApiKey(dynamicProvider('litellm', { requiresUserApiKey: true }))).toBe(false);
  });
});

describe('resolveApiKey', () => {
  it('uses the configured key of a gateway and ignores a user key, so billing cannot be redirected', () => {
    expect(resolveApiKey(litellm, 'sk-user', { apiKey: 'sk-operator' })).toBe('sk-operator');
  });

  it('allows a gateway without any key', () => {
    expect(resolveApiKey(litellm, 'sk-user', {})).toBeUndefined();
    expect(resolveApiKey(litellm, undefined, { apiKey: '' })).toBeUndefined();
  });

  it("prefers the user's key for a provider that requires one", () => {
    expect(resolveApiKey(openai, 'sk-user', { apiKey: 'sk-operator' })).toBe('sk-user');
  });

  it('falls back to the configured key when the user brings none', () => {
    expect(resolveApiKey(openai, undefined, { apiKey: 'sk-operator' })).toBe('sk-operator');
    expect(resolveApiKey(openai, '', { apiKey: 'sk-operator' })).toBe('sk-operator');
  });

  it('fails as unauthorized when a required key is missing everywhere', () => {
    const error = thrown(() => resolveApiKey(openai, '', {}));
    expect(error.code).toBe('unauthorized');
    expect(error.provider).toBe('openai');
    expect(error.message).toBe('An API key is required for provider "openai"');
  });
});
