import { UNKNOWN_PRICING } from '@modelgate/model-registry';
import {
  isChatModel,
  isEmbeddingModel,
  type ModelInfo,
  type ProviderDefinition,
  UNKNOWN_CAPABILITIES,
} from '@modelgate/provider-contracts';

/** What a server tells about one model beyond its id; whatever it leaves out stays unknown (null). */
export type ModelFacts = Partial<
  Pick<ModelInfo, 'mode' | 'contextWindow' | 'maxOutputTokens' | 'dimensions' | 'pricing' | 'capabilities'>
>;

/** Gateways list wildcard deployments (`*`, `openai/*`) as ids (LiteLLM issues #13643, #14257): routes, not models. */
export function isWildcardRoute(id: string): boolean {
  return id.includes('*');
}

/**
 * Models discovery lists: those a chat or an embedding call may go to. Image generation, audio, rerank and
 * modes nobody knows yet are left out, having no operation here.
 */
export function isCallableModel(model: Pick<ModelInfo, 'mode'>): boolean {
  return isChatModel(model) || isEmbeddingModel(model);
}

/** The registry's model for a server's model name: prefixed id, and the facts known, nothing guessed. */
export function toModelInfo(
  definition: Pick<ProviderDefinition, 'id' | 'modelPrefix'>,
  name: string,
  facts: ModelFacts = {},
): ModelInfo {
  return {
    id: `${definition.modelPrefix}${name}`,
    provider: definition.id,
    name,
    mode: facts.mode ?? 'unknown',
    contextWindow: facts.contextWindow ?? null,
    maxOutputTokens: facts.maxOutputTokens ?? null,
    // Only when known, so chat models (and every list written before embeddings) carry no extra field.
    ...(facts.dimensions != null && { dimensions: facts.dimensions }),
    pricing: facts.pricing ?? UNKNOWN_PRICING,
    capabilities: facts.capabilities ?? UNKNOWN_CAPABILITIES,
  };
}
