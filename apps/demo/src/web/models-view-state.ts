import { type ProviderModelsState } from '@modelgate/model-store';
import { countByPurpose, formatModelCounts, plural } from '../shared/model-counts';

export type ModelsTone = 'busy' | 'ok' | 'warning' | 'error';

/**
 * What the model picker says for one provider's state, `name` being the provider ("vLLM"): down, refused and
 * empty each read differently; chat models are counted apart from the embedding models beside them.
 */
export function describeModelsState(state: ProviderModelsState | undefined, name: string): { text: string; tone: ModelsTone } {
  const reason = state?.error?.message ?? '';
  switch (state?.status ?? 'idle') {
    case 'idle':
    case 'loading':
      return { text: `${name}: loading models...`, tone: 'busy' };
    case 'ready': {
      // Embedding models are listed for what they are, but the picker offers chat models only.
      const models = state?.models ?? [];
      const { chat, embedding } = countByPurpose(models);
      if (chat === 0) return { text: `${name} is up but serves no chat models (${plural(embedding, 'embedding model')}).`, tone: 'warning' };
      return { text: `${name}: ${formatModelCounts(models)} available`, tone: 'ok' };
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
