import {
  ChatRequest,
  type ChatResult,
  type ChatStream,
  type CredentialResolver,
  isProviderError,
  EmbeddingRequest,
  type EmbeddingResult,
  issuePaths,
  type ModelPurpose,
  type Provider,
  ProviderError,
  servesPurpose,
} from '@modelgate/provider-contracts';
import { type ModelRegistry } from '@modelgate/model-registry';
import { deferredStream } from './deferred-stream';
import { defaultTelemetry, OperationTrace, providerModelOf, type Telemetry } from '@modelgate/telemetry';
import { failedStream } from './failed-stream';
import { resolveCredentials } from './resolve-credentials';

/** The provider and the parsed request; a promise while a named credential is being resolved. */
type Accepted<Request> = [Provider, Request] | Promise<[Provider, Request]>;

/** What each operation parses its request with, and how its refusal names it. */
const OPERATIONS = {
  chat: { schema: ChatRequest, what: 'chat' },
  embedding: { schema: EmbeddingRequest, what: 'embedding' },
} as const;

function modelOf(input: unknown): string {
  const model = (input as { model?: unknown } | null | undefined)?.model;
  return typeof model === 'string' ? model : '';
}

/**
 * The one entry point apps use to run chats and embeddings: resolves the provider from the model id through
 * the registry (no guessing), checks the request against the contract and the model's mode once, and hands
 * the parsed request over; the provider and everything below it trust it. A request with credentials gets
 * its key resolved here (a named one through the `CredentialResolver`), and its model checked against that
 * key's scope: a model the key's discovery did not list is `model_not_found` before any request leaves.
 */
export class ExecutionService {
  private readonly providers: ReadonlyMap<string, Provider>;

  constructor(
    private readonly registry: ModelRegistry,
    providers: readonly Provider[],
    private readonly credentialResolver?: CredentialResolver,
    private readonly telemetry: Telemetry = defaultTelemetry(),
  ) {
    this.providers = new Map(providers.map((provider) => [provider.definition.id, provider]));
  }

  // Not an async function: that would wrap the provider's promise in one more for every call.
  chat(request: ChatRequest): Promise<ChatResult> {
    try {
      const accepted = this.accept(request, 'chat');
      if (!(accepted instanceof Promise)) return accepted[0].chat(accepted[1]);
      return accepted.then(([provider, parsed]) => provider.chat(parsed), (error: unknown) => Promise.reject(this.rejected(request, error, 'chat')));
    } catch (error) {
      return Promise.reject(this.rejected(request, error, 'chat'));
    }
  }

  stream(request: ChatRequest): ChatStream {
    try {
      const accepted = this.accept(request, 'chat');
      if (!(accepted instanceof Promise)) return accepted[0].stream(accepted[1]);
      return deferredStream(
        accepted.then(([provider, parsed]) => provider.stream(parsed), (error: unknown) => Promise.reject(this.rejected(request, error, 'stream'))),
      );
    } catch (error) {
      return failedStream(this.rejected(request, error, 'stream'));
    }
  }

  /** Vectors for the request's texts, in their order; an embedding model only (a chat model is `bad_request`). */
  embed(request: EmbeddingRequest): Promise<EmbeddingResult> {
    try {
      const accepted = this.accept(request, 'embedding');
      if (!(accepted instanceof Promise)) return accepted[0].embed(accepted[1]);
      return accepted.then(([provider, parsed]) => provider.embed(parsed), (error: unknown) => Promise.reject(this.rejected(request, error, 'embeddings')));
    } catch (error) {
      return Promise.reject(this.rejected(request, error, 'embeddings'));
    }
  }

  /** A request refused before it reached a provider still shows as a failed span and in the metrics. */
  private rejected(input: unknown, error: unknown, operation: 'chat' | 'stream' | 'embeddings'): unknown {
    const model = modelOf(input);
    const provider = isProviderError(error) ? (error.provider ?? '') : '';
    const prefix = this.registry.getProviders().find((definition) => definition.id === provider)?.modelPrefix ?? '';
    const streaming = operation === 'stream';
    const start = { operation: streaming ? 'chat' : operation, provider, providerModel: providerModelOf(model, prefix), model, server: {}, streaming };
    new OperationTrace(this.telemetry, start).fail(error);
    return error;
  }

  /**
   * The provider for the model id (the registry checks it), and the request as the contract parses it, its
   * credentials resolved to a key; a promise only while a named credential is being resolved. A model
   * discovery listed with a mode that does not take this operation (an embedding model sent a chat) is
   * refused here, before any request leaves; an unlisted model is left to the gateway.
   */
  private accept(input: unknown, purpose: 'chat'): Accepted<ChatRequest>;
  private accept(input: unknown, purpose: 'embedding'): Accepted<EmbeddingRequest>;
  private accept(input: unknown, purpose: ModelPurpose): Accepted<ChatRequest | EmbeddingRequest> {
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
    const { schema, what } = OPERATIONS[purpose];
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const message = `Invalid ${what} request (at ${issuePaths(parsed.error)})`;
      throw new ProviderError({ code: 'bad_request', message, provider: definition.id, model });
    }
    const request = parsed.data;
    const check = (scope: string | undefined) => {
      this.checkMode(request.model, purpose, definition.id, scope);
      if ('fallbackModels' in request) this.checkFallbacks(request, definition.id, scope);
    };
    const credentials = request.credentials;
    if (credentials === undefined) {
      check(undefined);
      return [provider, request];
    }
    const key = resolveCredentials(credentials, this.credentialResolver, definition.id);
    const withKey = (apiKey: string): [Provider, ChatRequest | EmbeddingRequest] => {
      const scope = this.registry.scopeOf(apiKey);
      this.registry.getProviderFromModel(model, scope);
      check(scope);
      return [provider, { ...request, credentials: { apiKey } }];
    };
    return typeof key === 'string' ? withKey(key) : key.then(withKey);
  }

  /** A model listed (in the key's scope, with one) with a mode that does not serve `purpose` is refused. */
  private checkMode(model: string, purpose: ModelPurpose, provider: string, scope: string | undefined): void {
    const known = this.registry.getModel(model, scope);
    if (known !== undefined && !servesPurpose(known, purpose)) {
      const message = `${model} is listed with mode "${known.mode}": it takes no ${OPERATIONS[purpose].what} requests`;
      throw new ProviderError({ code: 'bad_request', message, provider, model, retryable: false });
    }
  }

  /**
   * Every fallback model resolves through the registry, and to the call's own provider: another provider's
   * model would need its own engine, configuration and key in the middle of a call, which one provider's
   * attempt cannot give, so it is refused rather than half done. With a key's `scope`, each must be one of
   * that key's models too.
   */
  private checkFallbacks(request: ChatRequest, provider: string, scope?: string): void {
    const refuse = (message: string) => new ProviderError({ code: 'bad_request', message, retryable: false, provider, model: request.model });
    for (const fallback of request.fallbackModels ?? []) {
      let owner: string;
      try {
        owner = this.registry.getProviderFromModel(fallback, scope).id;
      } catch (error) {
        throw isProviderError(error) ? refuse(`Fallback model ${fallback}: ${error.message}`) : error;
      }
      if (owner !== provider) {
        throw refuse(`Fallback model ${fallback} belongs to provider "${owner}"; fallbacks must be models of "${provider}", the call's provider`);
      }
    }
  }
}
