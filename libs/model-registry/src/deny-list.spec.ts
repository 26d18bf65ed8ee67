import { DenyList } from './deny-list';

describe('DenyList', () => {
  it('denies nothing when it is empty', () => {
    const deny = new DenyList([]);
    expect(deny.isProviderDenied('openai')).toBe(false);
    expect(deny.isModelDenied('litellm/gpt-4o')).toBe(false);
  });

  it('denies a provider and every model id that starts with its segment', () => {
    const deny = new DenyList(['openai']);
    expect(deny.isProviderDenied('openai')).toBe(true);
    expect(deny.isModelDenied('openai/gpt-4o')).toBe(true);
    expect(deny.isModelDenied('litellm/openai/gpt-4o')).toBe(false);
  });

  it('denies a model by the provider the registry resolved for it', () => {
    expect(new DenyList(['gateway']).isModelDenied('gw/gpt-4o', 'gateway')).toBe(true);
  });

  it('matches a trailing wildcard', () => {
    const deny = new DenyList(['litellm/gpt-3.5*']);
    expect(deny.isModelDenied('litellm/gpt-3.5-turbo')).toBe(true);
    expect(deny.isModelDenied('litellm/gpt-3.5')).toBe(true);
    expect(deny.isModelDenied('litellm/gpt-305')).toBe(false);
  });

  it('matches a leading wildcard, across nested segments', () => {
    const deny = new DenyList(['litellm/*-preview']);
    expect(deny.isModelDenied('litellm/gpt-4o-preview')).toBe(true);
    expect(deny.isModelDenied('litellm/openai/o1-preview')).toBe(true);
    expect(deny.isModelDenied('litellm/gpt-4o-preview-2')).toBe(false);
  });

  it('treats an entry without a wildcard as an exact model id', () => {
    const deny = new DenyList(['litellm/gpt-4']);
    expect(deny.isModelDenied('litellm/gpt-4')).toBe(true);
    expect(deny.isModelDenied('litellm/gpt-4o')).toBe(false);
  });

  it('takes regular-expression characters in a glob literally', () => {
    const deny = new DenyList(['litellm/a+b(c)?']);
    expect(deny.isModelDenied('litellm/a+b(c)?')).toBe(true);
    expect(deny.isModelDenied('litellm/aab')).toBe(false);
  });

  it('checks several globs together', () => {
    const deny = new DenyList(['litellm/*-preview', '*/o1']);
    expect(deny.isModelDenied('vllm/o1')).toBe(true);
    expect(deny.isModelDenied('litellm/x-preview')).toBe(true);
    expect(deny.isModelDenied('litellm/o1-mini')).toBe(false);
  });
});
