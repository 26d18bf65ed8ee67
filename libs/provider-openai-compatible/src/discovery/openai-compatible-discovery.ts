import {
  type DiscoverOptions,
  type DiscoveryReport,
  type DiscoveryStatus,
  type Logger,
  type ModelDiscovery,
  type ModelInfo,
  type ProviderDefinition,
  SILENT_LOGGER,
} from '@modelgate/provider-contracts';
import { getJson, type JsonOutcome } from './get-json';
import { isCallableModel, isWildcardRoute, type ModelFacts, toModelInfo } from './model-facts';
import { type ListedModel, type ListFailure, readModelList } from './model-list';
import { type AnswerHooks } from '../server-hooks';
import { type OpenAICompatibleServerConfig } from './server-config';

/** A GET on the server, by path from its root (`/model/info`), with the key, the deadline and the caller's signal. */
export type ServerGet = (path: string) => Promise<JsonOutcome>;

/** Facts by model name, `undefined` for a name the source knows nothing about. Asked at most once per listed model. */
export type ModelDetails = (name: string) => ModelFacts | undefined;

/**
 * A second source of facts, asked alongside `/v1/models` (LiteLLM's `/model/info`): the model details, or
 * null when the server will not tell, which leaves the models with what the list says and is still a
 * success. Never throws.
 */
export type ModelDetailsSource = (get: ServerGet, logger: Logger) => Promise<ModelDetails | null>;

/**
 * What discovery needs to know about one server; everything but the definition and config is optional. Its
 * answer hooks read discovery's answers as they read its calls' (LiteLLM's DB-less and keyless refusals).
 */
export interface DiscoverableServer extends AnswerHooks {
  definition: ProviderDefinition;
  config: OpenAICompatibleServerConfig;
  /** Facts a `/v1/models` entry carries itself (vLLM's `max_model_len`) or the config adds (prices). */
  describe?: (model: ListedModel) => ModelFacts;
  /** Facts from elsewhere on the server; a field it reports wins over `describe`'s. */
  details?: ModelDetailsSource;
  /** The version the server says it runs, null when it does not say; asked alongside the list. Never throws. */
  version?: (get: ServerGet) => Promise<string | null>;
}

/**
 * Asks an OpenAI-compatible server which chat and embedding models it serves: `/v1/models` for the ids the
 * key may use, and the server's own details source in parallel. Wildcard routes and other modes are left
 * out; each model keeps its mode, so chat-only places filter with `isChatModel`; ids get the provider's prefix. Never throws: every failure is a status in the report.
 */
export class OpenAICompatibleDiscovery implements ModelDiscovery {
  readonly providerId: string;

  constructor(
    private readonly server: DiscoverableServer,
    private readonly logger: Logger = SILENT_LOGGER,
  ) {
    this.providerId = server.definition.id;
  }

  /** With `apiKey`, the server is asked with that key (a tenant's) instead of the configured one. */
  async discover(options: DiscoverOptions = {}): Promise<DiscoveryReport> {
    const { baseUrl, discoveryTimeoutMs } = this.server.config;
    const apiKey = options.apiKey ?? this.server.config.apiKey;
    const hooks = { classifyError: this.server.classifyError, reviseAnswer: this.server.reviseAnswer };
    const get: ServerGet = (path) => getJson(`${baseUrl}${path}`, { apiKey, timeoutMs: discoveryTimeoutMs, signal: options.signal, headers: options.headers, hooks });
    const [list, details, version] = await Promise.all([
      get('/v1/models'),
      this.server.details?.(get, this.logger) ?? null,
      this.server.version?.(get),
    ]);
    const listed = readModelList(list, this.server.definition.name);
    const report = (() => {
      if ('status' in listed) return this.report(listed.status, [], false, listed);
      const models = this.buildModels(listed.models, details);
      return this.report(models.length > 0 ? 'ready' : 'empty', models, details !== null, null);
    })();
    return version === undefined ? report : { ...report, serverVersion: version };
  }

  private buildModels(listed: readonly ListedModel[], details: ModelDetails | null): ModelInfo[] {
    const { definition, describe } = this.server;
    const models: ModelInfo[] = [];
    for (const entry of listed) {
      if (isWildcardRoute(entry.id)) continue;
      const model = toModelInfo(definition, entry.id, mergeFacts(describe?.(entry), details?.(entry.id)));
      if (isCallableModel(model)) models.push(model);
    }
    return models;
  }

  private report(status: DiscoveryStatus, models: ModelInfo[], enriched: boolean, error: ListFailure | null): DiscoveryReport {
    if (error) this.logger.warn({ provider: this.providerId, status, code: error.code }, error.message);
    return {
      provider: this.providerId,
      status,
      models,
      error: error ? { code: error.code, message: error.message, status: error.httpStatus } : null,
      fetchedAt: new Date().toISOString(),
      enriched,
    };
  }
}

/** The details' facts over the entry's; one side alone is taken as it is, saving a copy per model. */
function mergeFacts(fromEntry: ModelFacts | undefined, fromDetails: ModelFacts | undefined): ModelFacts | undefined {
  return fromEntry && fromDetails ? { ...fromEntry, ...fromDetails } : (fromDetails ?? fromEntry);
}
