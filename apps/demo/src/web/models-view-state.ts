import { type ProviderModelsState } from '@modelgate/model-store';

export type ModelsTone = 'busy' | 'ok' | 'warning' | 'error';

/** What the model picker says for a provider's state: down, refused and empty each read differently. */
export function describeModelsState(state: ProviderModelsState | undefined): { text: string; tone: ModelsTone } {
  const reason = state?.error?.message ?? '';
  switch (state?.status ?? 'idle') {
    case 'idle':
    case 'loading':
      return { text: 'Loading models...', tone: 'busy' };
    case 'ready': {
      const count = state?.models.length ?? 0;
      return { text: `${count} ${count === 1 ? 'model' : 'models'} available`, tone: 'ok' };
    }
    case 'empty':
      return { text: 'The proxy is up but serves no chat models.', tone: 'warning' };
    case 'unreachable':
      return { text: `The LiteLLM proxy is unreachable: ${reason}`, tone: 'error' };
    case 'unauthorized':
      return { text: `Access refused: ${reason}`, tone: 'error' };
    case 'misconfigured':
      return { text: `The proxy is misconfigured: ${reason}`, tone: 'error' };
    case 'invalid_response':
      return { text: `The proxy answered something unreadable: ${reason}`, tone: 'error' };
  }
}
