import { UNKNOWN_PRICING } from '@modelgate/model-registry';
import {
  type ModelInfo,
  type ModelMode,
  type ProviderDefinition,
  UNKNOWN_CAPABILITIES,
} from '@modelgate/provider-contracts';

/** What a server tells about one model beyond its id; whatever it leaves out stays unknown (null). */
export type ModelFacts = Partial<Pick<ModelInfo, 'mode' | 'contextWindow' | 'maxOutputTokens' | 'pricing' | 'capabilities'>>;

/** Modes a chat UI may offer; `responses` models also answer chat completions through a gateway. */
const CHAT_MODES: ReadonlySet<ModelMode> = new Set(['chat', 'responses', 'unknown']);

/** Gateways list wildcard deployments (`*`, `openai/*`) as ids (LiteLLM issues #13643, #14257): routes, not models. */
export function isWildcardRoute(id: string): boolean {
  return id.includes('*');
}

export function isChatModel(model: ModelInfo): boolean {
  return CHAT_MODES.has(model.mode);
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
    pricing: facts.pricing ?? UNKNOWN_PRICING,
    capabilities: facts.capabilities ?? UNKNOWN_CAPABILITIES,
  };
}
