import { type ModelInfo, type ModelMode } from './model-info';

/**
 * Modes a chat may go to: `responses` models also answer chat completions through a gateway, and an
 * `unknown` one is chat unless the server says otherwise (an ids-only server says nothing).
 */
const CHAT_MODES: ReadonlySet<ModelMode> = new Set(['chat', 'responses', 'unknown']);

/** Modes an embedding call may go to: `unknown` is let through, the gateway being the judge of it. */
const EMBEDDING_MODES: ReadonlySet<ModelMode> = new Set(['embedding', 'unknown']);

/** What a call asks of a model. */
export type ModelPurpose = 'chat' | 'embedding';

export function isChatModel(model: Pick<ModelInfo, 'mode'>): boolean {
  return CHAT_MODES.has(model.mode);
}

export function isEmbeddingModel(model: Pick<ModelInfo, 'mode'>): boolean {
  return EMBEDDING_MODES.has(model.mode);
}

/** Whether a model the registry knows may be sent a call of this purpose. */
export function servesPurpose(model: Pick<ModelInfo, 'mode'>, purpose: ModelPurpose): boolean {
  return purpose === 'chat' ? isChatModel(model) : isEmbeddingModel(model);
}
