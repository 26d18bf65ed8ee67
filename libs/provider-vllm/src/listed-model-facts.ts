import { z } from 'zod';
import { type ListedModel, type ModelFacts } from '@modelgate/provider-openai-compatible';
import { type VllmModelPrice } from './vllm-config';

// vLLM adds `max_model_len` to each /v1/models entry; older servers leave it out, so it may be missing.
const VllmListedModel = z.looseObject({
  max_model_len: z.number().int().positive().nullish().catch(null),
});

/**
 * What vLLM's own model list tells, plus the operator's prices. `max_model_len` bounds prompt and answer
 * together, so it is the most a prompt can take: the context window. vLLM reports no mode and no
 * capabilities (tool calling depends on how the server was started), so those stay unknown.
 */
export function listedModelFacts(prices: Readonly<Record<string, VllmModelPrice>> = {}) {
  return (model: ListedModel): ModelFacts => {
    const listed = VllmListedModel.safeParse(model);
    const price = Object.hasOwn(prices, model.id) ? prices[model.id] : undefined;
    return {
      contextWindow: listed.success ? (listed.data.max_model_len ?? null) : null,
      ...(price && { pricing: price }),
    };
  };
}
