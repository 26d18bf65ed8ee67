import {
  type ChatRequest,
  type ChatResult,
  type ChatStream,
  type Provider,
  ProviderError,
} from '@modelgate/provider-contracts';
import { type ModelRegistry } from '@modelgate/model-registry';
import { failedStream } from './failed-stream';

/**
 * The one entry point apps use to run chats: resolves the provider from the model id through the registry
 * (no guessing) and hands over to that provider.
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
      return this.resolve(request).chat(request);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  stream(request: ChatRequest): ChatStream {
    try {
      return this.resolve(request).stream(request);
    } catch (error) {
      return failedStream(error);
    }
  }

  /** The provider validates the whole request; here only the model id matters, and the registry checks it. */
  private resolve(request: ChatRequest): Provider {
    const model = typeof request?.model === 'string' ? request.model : '';
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
    return provider;
  }
}
