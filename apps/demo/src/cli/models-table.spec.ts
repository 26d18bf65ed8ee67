import { UNKNOWN_CAPABILITIES } from '@modelgate/provider-contracts';
import { type ModelSummary } from '../shared/api-contract';
import { formatModelsTable } from './models-table';

const model = (overrides: Partial<ModelSummary>): ModelSummary => ({
  id: 'litellm/gpt-4o-mini',
  provider: 'litellm',
  name: 'gpt-4o-mini',
  mode: 'chat',
  contextWindow: 128000,
  capabilities: { ...UNKNOWN_CAPABILITIES, tools: true },
  pricing: { inputPerToken: 1.5e-7, outputPerToken: 6e-7 },
  ...overrides,
});

const NAMES: Record<string, string> = { litellm: 'LiteLLM', vllm: 'vLLM' };

describe('formatModelsTable', () => {
  it('names the provider and the mode of each model in columns of their own, unknown facts as dashes', () => {
    const llama = model({
      id: 'vllm/meta-llama/Llama-3.1-8B-Instruct',
      provider: 'vllm',
      contextWindow: null,
      capabilities: UNKNOWN_CAPABILITIES,
      pricing: { inputPerToken: null, outputPerToken: null },
    });
    const embedder = model({ id: 'litellm/text-embedding-3-small', mode: 'embedding', contextWindow: 8191, capabilities: UNKNOWN_CAPABILITIES, pricing: { inputPerToken: 2e-8, outputPerToken: 0 } });
    expect(formatModelsTable([model({}), llama, embedder], (id) => NAMES[id]!).split('\n')).toEqual([
      'PROVIDER  ID                                     MODE       CONTEXT  CAPABILITIES  INPUT $/1M  OUTPUT $/1M',
      'LiteLLM   litellm/gpt-4o-mini                    chat       128,000  tools         $0.15       $0.60',
      'vLLM      vllm/meta-llama/Llama-3.1-8B-Instruct  chat       -        -             -           -',
      'LiteLLM   litellm/text-embedding-3-small         embedding  8,191    -             $0.02       $0',
    ]);
  });
});
