import type { ChatRequest } from './chat-request';
import type { ChatResult } from './chat-result';
import type { EmbeddingRequest } from './embedding-request';
import type { EmbeddingResult } from './embedding-result';
import type { ProviderDefinition } from './provider-definition';
import type { StreamEvent } from './stream-event';

/**
 * A streamed call: iterate for events; `result` settles with the same object the `finish` event carries, or
 * rejects with a `ProviderError`. Breaking out of the iteration aborts the upstream request.
 */
export interface ChatStream extends AsyncIterable<StreamEvent> {
  readonly result: Promise<ChatResult>;
}

/** Executes chat and embedding requests for one provider. `request.model` is the prefixed id. */
export interface Provider {
  readonly definition: ProviderDefinition;
  chat(request: ChatRequest): Promise<ChatResult>;
  stream(request: ChatRequest): ChatStream;
  /** Vectors for the request's texts, in their order. */
  embed(request: EmbeddingRequest): Promise<EmbeddingResult>;
}
export const Provider = Symbol.for('modelgate.Provider');
