import { ModelStoreState } from './model-store-state';
import { createModelStore, setProviderState } from './create-model-store';
import { modelInfo } from '@modelgate/testing';

describe('createModelStore', () => {
  it('starts every provider idle, without models, in the given order', () => {
    const store = createModelStore(['litellm', 'vllm']);
    expect(store.getState()).toEqual({
      providers: {
        litellm: { models: [], status: 'idle', error: null, updatedAt: null },
        vllm: { models: [], status: 'idle', error: null, updatedAt: null },
      },
    });
    expect(Object.keys(store.getState().providers)).toEqual(['litellm', 'vllm']);
  });

  it('holds state its own schema accepts', () => {
    expect(ModelStoreState.safeParse(createModelStore(['litellm']).getState()).success).toBe(true);
  });

  it('gives each provider its own state object', () => {
    const { providers } = createModelStore(['a', 'b']).getState();
    expect(providers['a']).not.toBe(providers['b']);
  });
});

describe('setProviderState', () => {
  it('replaces one provider and keeps the others as they were', () => {
    const store = createModelStore(['litellm', 'vllm']);
    const vllmBefore = store.getState().providers['vllm'];
    const next = {
      models: [modelInfo('litellm', 'gpt-4o')],
      status: 'ready' as const,
      error: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    setProviderState(store, 'litellm', next);
    expect(store.getState().providers['litellm']).toBe(next);
    expect(store.getState().providers['vllm']).toBe(vllmBefore);
  });

  it('tells subscribers about the change', () => {
    const store = createModelStore(['litellm']);
    const seen: string[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state.providers['litellm']!.status));
    setProviderState(store, 'litellm', { models: [], status: 'loading', error: null, updatedAt: null });
    unsubscribe();
    expect(seen).toEqual(['loading']);
  });
});
