import {
  ChatRequest,
  type ChatResult,
  type ChatStream,
  EmbeddingRequest,
  type EmbeddingResult,
  issuePaths,
  type ModelPurpose,
  type Provider,
  ProviderError,
  servesPurpose,
} from '@modelgate/provider-contracts';
import { type ModelRegistry } from '@modelgate/model-registry';
import { failedStream } from './failed-stream';

/** What each operation parses its request with, and how its refusal names it. */
const OPERATIONS = {
  chat: { schema: ChatRequest, what: 'chat' },
  embedding: { schema: EmbeddingRequest, what: 'embedding' },
} as const;

/**
 * The one entry point apps use to run chats and embeddings: resolves the provider from the model id through
 * the registry (no guessing), checks the request against the contract and the model's mode once, and hands
 * the parsed request over; the provider and everything below it trust it.
 */
export class ExecutionService {
  private readonly providers: ReadonlyMap<string, Provider>;

  constructor(
    private readonly registry: ModelRegistry,
    providers: readonly Provider[],
  ) {
    this.providers = new Map(providers.map((provider) => [provider.definition.id, provider]));
  }

  // Not an async function: that would wrap the provider's promise in one more for every call.
  chat(request: ChatRequest): Promise<ChatResult> {
    try {
      const [provider, parsed] = this.accept(request, 'chat');
      return provider.chat(parsed);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  stream(request: ChatRequest): ChatStream {
    try {
      const [provider, parsed] = this.accept(request, 'chat');
      return provider.stream(parsed);
    } catch (error) {
      return failedStream(error);
    }
  }

  /** Vectors for the request's texts, in their order; an embedding model only (a chat model is `bad_request`). */
  embed(request: EmbeddingRequest): Promise<EmbeddingResult> {
    try {
      const [provider, parsed] = this.accept(request, 'embedding');
      return provider.embed(parsed);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * The provider for the model id (the registry checks it), and the request as the contract parses it. A
   * model discovery listed with a mode that does not take this operation (an embedding model sent a chat) is
   * refused here, before any request leaves; an unlisted model is left to the gateway.
   */
  private accept(input: unknown, purpose: 'chat'): [Provider, ChatRequest];
  private accept(input: unknown, purpose: 'embedding'): [Provider, EmbeddingRequest];
  private accept(input: unknown, purpose: ModelPurpose): [Provider, ChatRequest | EmbeddingRequest] {
    const model = typeof (input as { model?: unknown })?.model === 'string' ? (input as { model: string }).model : '';
    const definition = this.registry.getProviderFromModel(model);
    const provider = this.providers.get(definition.id);
    if (!provider) {
      throw new ProviderError({
        code: 'misconfigured',
        message: `Provider "${definition.id}" is defined but no module provides its execution`,
        provider: definition.id,
        model,
      });
    }
    const { schema, what } = OPERATIONS[purpose];
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const message = `Invalid ${what} request (at ${issuePaths(parsed.error)})`;
      throw new ProviderError({ code: 'bad_request', message, provider: definition.id, model });
    }
    const known = this.registry.getModel(model);
    if (known !== undefined && !servesPurpose(known, purpose)) {
      const message = `${model} is listed with mode "${known.mode}": it takes no ${what} requests`;
      throw new ProviderError({ code: 'bad_request', message, provider: definition.id, model, retryable: false });
    }
    return [provider, parsed.data];
  }
}
