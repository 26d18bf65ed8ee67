import { type ProviderModelsState } from '@modelgate/model-store';

export type ModelsTone = 'busy' | 'ok' | 'warning' | 'error';

/**
 * What the model picker says for one provider's state, `name` being the provider ("vLLM"): down, refused and
 * empty each read differently.
 */
export function describeModelsState(state: ProviderModelsState | undefined, name: string): { text: string; tone: ModelsTone } {
  const reason = state?.error?.message ?? '';
  switch (state?.status ?? 'idle') {
    case 'idle':
    case 'loading':
      return { text: `${name}: loading models...`, tone: 'busy' };
    case 'ready': {
      const count = state?.models.length ?? 0;
      return { text: `${name}: ${count} ${count === 1 ? 'model' : 'models'} available`, tone: 'ok' };
    }
    case 'empty':
      return { text: `${name} is up but serves no chat models.`, tone: 'warning' };
    case 'unreachable':
      return {
        text: `${name} is unreachable: ${reason}. Nothing answered at its address: check that it is running and that its base URL is right, then press "Reload models".`,
        tone: 'error',
      };
    case 'unauthorized':
      return { text: `${name} refused access: ${reason}`, tone: 'error' };
    case 'misconfigured':
      return { text: `${name} is misconfigured: ${reason}`, tone: 'error' };
    case 'invalid_response':
      return { text: `${name} answered something unreadable: ${reason}`, tone: 'error' };
  }
}
