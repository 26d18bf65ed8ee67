import { type ProviderModelsState } from '@modelgate/model-store';
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

  it('counts the models of a ready provider', () => {
    expect(describeModelsState(state({ models: [{} as ProviderModelsState['models'][number]] }), 'vLLM')).toEqual({ text: 'vLLM: 1 model available', tone: 'ok' });
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
