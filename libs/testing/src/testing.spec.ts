import { ProviderError, UNKNOWN_CAPABILITIES } from '@modelgate/provider-contracts';
import { canaryKey } from './canary';
import { eventually } from './eventually';
import { modelInfo } from './model-info';
import { rejection, thrown } from './thrown';

const boom = () => new ProviderError({ code: 'upstream', message: 'boom' });

describe('thrown and rejection', () => {
  it('give back the ProviderError thrown or rejected with', async () => {
    const error = boom();
    expect(thrown(() => { throw error; })).toBe(error);
    await expect(rejection(Promise.reject(error))).resolves.toBe(error);
  });

  it('fail when nothing fails, and pass on any other error as it is', async () => {
    expect(() => thrown(() => 1)).toThrow('expected a ProviderError');
    await expect(rejection(Promise.resolve(1))).rejects.toThrow('expected a rejection');
    const other = new TypeError('not ours');
    expect(() => thrown(() => { throw other; })).toThrow(other);
    await expect(rejection(Promise.reject(other))).rejects.toBe(other);
  });
});

describe('eventually', () => {
  it('resolves once the check holds', async () => {
    let ready = false;
    setTimeout(() => (ready = true), 20);
    await expect(eventually(() => ready, 'the flag')).resolves.toBeUndefined();
  });

  it('fails naming what it waited for', async () => {
    await expect(eventually(() => false, 'the impossible', 30)).rejects.toThrow('Still waiting for the impossible after 30 ms');
  });
});

describe('canaryKey', () => {
  it('is a fresh sk- key each time, with the label in it', () => {
    expect(canaryKey('vllm')).toMatch(/^sk-canary-vllm-[0-9a-f]{24}$/);
    expect(canaryKey()).not.toBe(canaryKey());
  });
});

describe('modelInfo', () => {
  it('describes a model that tells nothing, unless told otherwise', () => {
    expect(modelInfo()).toEqual({
      id: 'litellm/test-model',
      provider: 'litellm',
      name: 'test-model',
      mode: 'chat',
      contextWindow: null,
      maxOutputTokens: null,
      pricing: { inputPerToken: null, outputPerToken: null },
      capabilities: UNKNOWN_CAPABILITIES,
    });
  });

  it('derives the id from provider and name, and merges capabilities over the unknown ones', () => {
    const model = modelInfo('openai', 'gpt-4o', { capabilities: { vision: false } });
    expect(model.id).toBe('openai/gpt-4o');
    expect(model.capabilities).toEqual({ ...UNKNOWN_CAPABILITIES, vision: false });
  });
});
