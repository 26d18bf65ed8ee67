import { type ProviderModelsState } from '@modelgate/model-store';
import { modelInfo } from '@modelgate/testing';
import { describeModelsState } from './models-view-state';

const state = (overrides: Partial<ProviderModelsState>): ProviderModelsState => ({
  models: [],
  status: 'ready',
  error: null,
  updatedAt: null,
  ...overrides,
});

describe('describeModelsState', () => {
  it('says loading before the first answer', () => {
    expect(describeModelsState(undefined, 'LiteLLM')).toEqual({ text: 'LiteLLM: loading models...', tone: 'busy' });
    expect(describeModelsState(state({ status: 'loading' }), 'vLLM').tone).toBe('busy');
  });

  it('counts the chat models of a ready provider apart from its embedding models', () => {
    expect(describeModelsState(state({ models: [modelInfo('vllm', 'llama')] }), 'vLLM')).toEqual({ text: 'vLLM: 1 chat model available', tone: 'ok' });
    const both = [modelInfo('litellm', 'a'), modelInfo('litellm', 'b'), modelInfo('litellm', 'e', { mode: 'embedding' })];
    expect(describeModelsState(state({ models: both }), 'LiteLLM').text).toBe('LiteLLM: 2 chat models, 1 embedding model available');
  });

  it('warns when a ready provider serves embedding models only', () => {
    const embedders = [modelInfo('litellm', 'e1', { mode: 'embedding' }), modelInfo('litellm', 'e2', { mode: 'embedding' })];
    expect(describeModelsState(state({ models: embedders }), 'LiteLLM')).toEqual({
      text: 'LiteLLM is up but serves no chat models (2 embedding models).',
      tone: 'warning',
    });
  });

  it('tells an empty server from a server that is down, naming the provider', () => {
    expect(describeModelsState(state({ status: 'empty' }), 'vLLM')).toEqual({ text: 'vLLM is up but serves no chat models.', tone: 'warning' });
    expect(
      describeModelsState(state({ status: 'unreachable', error: { code: 'unreachable', message: 'Cannot connect (ECONNREFUSED)' } }), 'LiteLLM'),
    ).toEqual({
      text: 'LiteLLM is unreachable: Cannot connect (ECONNREFUSED). Nothing answered at its address: check that it is running and that its base URL is right, then press "Reload models".',
      tone: 'error',
    });
  });

  it('gives the reason for a refused key and an unreadable answer', () => {
    expect(describeModelsState(state({ status: 'unauthorized', error: { code: 'unauthorized', message: 'HTTP 401' } }), 'LiteLLM').text).toBe(
      'LiteLLM refused access: HTTP 401',
    );
    expect(describeModelsState(state({ status: 'invalid_response', error: { code: 'invalid_response', message: 'x' } }), 'vLLM').tone).toBe('error');
  });
});
