import {
  ChatRequest,
  type ChatResult,
  type ChatStream,
  isProviderError,
  issuePaths,
  type Provider,
  ProviderError,
} from '@modelgate/provider-contracts';
import { type ModelRegistry } from '@modelgate/model-registry';
import { failedStream } from './failed-stream';

/**
 * The one entry point apps use to run chats: resolves the provider from the model id through the registry
 * (no guessing), checks the request against the contract once, and hands the parsed request over; the
 * provider and everything below it trust it.
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
      const [provider, parsed] = this.accept(request);
      return provider.chat(parsed);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  stream(request: ChatRequest): ChatStream {
    try {
      const [provider, parsed] = this.accept(request);
      return provider.stream(parsed);
    } catch (error) {
      return failedStream(error);
    }
  }

  /** The provider for the model id (the registry checks it), and the request as the contract parses it. */
  private accept(input: unknown): [Provider, ChatRequest] {
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
    const parsed = ChatRequest.safeParse(input);
    if (!parsed.success) {
      const message = `Invalid chat request (at ${issuePaths(parsed.error)})`;
      throw new ProviderError({ code: 'bad_request', message, provider: definition.id, model });
    }
    this.checkFallbacks(parsed.data, definition.id);
    return [provider, parsed.data];
  }

  /**
   * Every fallback model resolves through the registry, and to the call's own provider: another provider's
   * model would need its own engine, configuration and key in the middle of a call, which one provider's
   * attempt cannot give, so it is refused rather than half done.
   */
  private checkFallbacks(request: ChatRequest, provider: string): void {
    const refuse = (message: string) => new ProviderError({ code: 'bad_request', message, retryable: false, provider, model: request.model });
    for (const fallback of request.fallbackModels ?? []) {
      let owner: string;
      try {
        owner = this.registry.getProviderFromModel(fallback).id;
      } catch (error) {
        throw isProviderError(error) ? refuse(`Fallback model ${fallback}: ${error.message}`) : error;
      }
      if (owner !== provider) {
        throw refuse(`Fallback model ${fallback} belongs to provider "${owner}"; fallbacks must be models of "${provider}", the call's provider`);
      }
    }
  }
}
