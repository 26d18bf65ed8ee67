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
import { defaultTelemetry, OperationTrace, type Telemetry } from '@modelgate/telemetry';
import { failedStream } from './failed-stream';

function modelOf(input: unknown): string {
  const model = (input as { model?: unknown } | null | undefined)?.model;
  return typeof model === 'string' ? model : '';
}

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
    private readonly telemetry: Telemetry = defaultTelemetry(),
  ) {
    this.providers = new Map(providers.map((provider) => [provider.definition.id, provider]));
  }

  // Not an async function: that would wrap the provider's promise in one more for every call.
  chat(request: ChatRequest): Promise<ChatResult> {
    try {
      const [provider, parsed] = this.accept(request);
      return provider.chat(parsed);
    } catch (error) {
      return Promise.reject(this.rejected(request, error, false));
    }
  }

  stream(request: ChatRequest): ChatStream {
    try {
      const [provider, parsed] = this.accept(request);
      return provider.stream(parsed);
    } catch (error) {
      return failedStream(this.rejected(request, error, true));
    }
  }

  /** A request refused before it reached a provider still shows as a failed `chat` span and in the metrics. */
  private rejected(input: unknown, error: unknown, streaming: boolean): unknown {
    const model = modelOf(input);
    const provider = isProviderError(error) ? (error.provider ?? '') : '';
    const start = { operation: 'chat', provider, providerModel: model, model, server: {}, streaming };
    new OperationTrace(this.telemetry, start).fail(error);
    return error;
  }

  /** The provider for the model id (the registry checks it), and the request as the contract parses it. */
  private accept(input: unknown): [Provider, ChatRequest] {
    const model = modelOf(input);
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
    return [provider, parsed.data];
  }
}
