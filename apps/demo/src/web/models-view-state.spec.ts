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
    expect(describeModelsState(undefined)).toEqual({ text: 'Loading models...', tone: 'busy' });
    expect(describeModelsState(state({ status: 'loading' })).tone).toBe('busy');
  });

  it('tells an empty proxy from a proxy that is down', () => {
    expect(describeModelsState(state({ status: 'empty' }))).toEqual({ text: 'The proxy is up but serves no chat models.', tone: 'warning' });
    expect(
      describeModelsState(state({ status: 'unreachable', error: { code: 'unreachable', message: 'Cannot connect (ECONNREFUSED)' } })),
    ).toEqual({ text: 'The LiteLLM proxy is unreachable: Cannot connect (ECONNREFUSED)', tone: 'error' });
  });

  it('gives the reason for a refused key and an unreadable answer', () => {
    expect(describeModelsState(state({ status: 'unauthorized', error: { code: 'unauthorized', message: 'HTTP 401' } })).text).toBe(
      'Access refused: HTTP 401',
    );
    expect(describeModelsState(state({ status: 'invalid_response', error: { code: 'invalid_response', message: 'x' } })).tone).toBe('error');
  });
});
