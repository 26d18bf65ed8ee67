import { type ModelStoreState, type ProviderModelsState, idleProviderState } from './model-store-state';
import { selectAllModels, selectIsLoading, selectModels, selectProvider, selectStatus } from './selectors';
import { modelInfo } from '@modelgate/testing';

function ready(provider: string, ...names: string[]): ProviderModelsState {
  const models = names.map((name) => modelInfo(provider, name));
  return { models, status: 'ready', error: null, updatedAt: '2026-01-01T00:00:00.000Z' };
}

const state: ModelStoreState = {
  providers: { litellm: ready('litellm', 'b', 'a'), vllm: ready('vllm', 'llama'), ollama: idleProviderState() },
};

describe('model store selectors', () => {
  it('select one provider, and nothing for an unknown or inherited key', () => {
    expect(selectProvider('vllm')(state)).toBe(state.providers['vllm']);
    expect(selectProvider('anthropic')(state)).toBeUndefined();
    expect(selectProvider('constructor')(state)).toBeUndefined();
  });

  it("select one provider's models, and the same empty list for an unknown one", () => {
    expect(selectModels('litellm')(state).map((m) => m.id)).toEqual(['litellm/b', 'litellm/a']);
    expect(selectModels('anthropic')(state)).toEqual([]);
    expect(selectModels('anthropic')(state)).toBe(selectModels('other')(state));
  });

  it('select a status, undefined for an unknown provider', () => {
    expect(selectStatus('ollama')(state)).toBe('idle');
    expect(selectStatus('anthropic')(state)).toBeUndefined();
  });

  it('flatten every model in provider order', () => {
    expect(selectAllModels(state).map((m) => m.id)).toEqual(['litellm/b', 'litellm/a', 'vllm/llama']);
  });

  it('return the same flattened list until the providers change', () => {
    expect(selectAllModels({ ...state })).toBe(selectAllModels(state));
    const changed = { providers: { ...state.providers, ollama: ready('ollama', 'phi') } };
    expect(selectAllModels(changed)).not.toBe(selectAllModels(state));
    expect(selectAllModels(changed)).toHaveLength(4);
  });

  it('say loading while any provider is loading', () => {
    expect(selectIsLoading(state)).toBe(false);
    const loading = { providers: { ...state.providers, vllm: { ...ready('vllm'), status: 'loading' as const } } };
    expect(selectIsLoading(loading)).toBe(true);
  });
});
