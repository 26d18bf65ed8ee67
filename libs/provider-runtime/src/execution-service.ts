import {
  ChatRequest,
  issuePaths,
  type ChatResult,
  type ChatStream,
  type Provider,
  ProviderError,
} from '@modelgate/provider-contracts';
import { type ModelRegistry } from '@modelgate/model-registry';
import { failedStream } from './failed-stream';

/**
 * The one entry point apps use to run chats: validates the request, resolves the provider from the model
 * id through the registry (no guessing), and hands over to that provider.
 */
export class ExecutionService {
  private readonly providers: ReadonlyMap<string, Provider>;

  constructor(
    private readonly registry: ModelRegistry,
    providers: readonly Provider[],
  ) {
    this.providers = new Map(providers.map((provider) => [provider.definition.id, provider]));
  }

  async chat(request: ChatRequest): Promise<ChatResult> {
    const { provider, checked } = this.resolve(request);
    return provider.chat(checked);
  }

  stream(request: ChatRequest): ChatStream {
    try {
      const { provider, checked } = this.resolve(request);
      return provider.stream(checked);
    } catch (error) {
      return failedStream(error);
    }
  }

  private resolve(request: ChatRequest): { provider: Provider; checked: ChatRequest } {
    const parsed = ChatRequest.safeParse(request);
    if (!parsed.success) {
      throw new ProviderError({ code: 'bad_request', message: `Invalid chat request at ${issuePaths(parsed.error)}` });
    }
    const definition = this.registry.getProviderFromModel(parsed.data.model);
    const provider = this.providers.get(definition.id);
    if (!provider) {
      throw new ProviderError({
        code: 'misconfigured',
        message: `Provider "${definition.id}" is defined but no module provides its execution`,
        provider: definition.id,
        model: parsed.data.model,
      });
    }
    return { provider, checked: parsed.data };
  }
}
