import { inject, injectable, multiInject, optional } from 'inversify';
import {
  type ModelCapabilities,
  type ModelInfo,
  type ModelPricing,
  type ProviderDefinition,
  type ProviderDefinitionInput,
  KeyScope,
  ProviderDefinitionToken,
  ProviderError,
  RegistryConfigToken,
  UNKNOWN_CAPABILITIES,
} from '@modelgate/provider-contracts';
import { needsUserApiKey, resolveApiKey } from './api-key-policy';
import { DenyList } from './deny-list';
import { type ProviderIndex, indexProviders } from './index-providers';
import { KeyScopeLists, type ScopedList } from './key-scope-lists';
import { type KnownModel, ModelTable } from './model-table';
import { type RegistryConfigInput, parseRegistryConfig } from './registry-config';

/** Prices of a model the registry has no figures for. */
export const UNKNOWN_PRICING: ModelPricing = Object.freeze({ inputPerToken: null, outputPerToken: null });

/**
 * Which providers exist, which models each serves, and who owns a model id. Static catalogues come with the
 * definitions; dynamic providers (gateways) get their lists from discovery through `setDynamicModels`.
 * Resolving a model is two map look-ups at most: its id, else its prefix, never a scan and never a guess.
 */
@injectable()
export class ModelRegistryImpl {
  private readonly index: ProviderIndex;
  private readonly deny: DenyList;
  private readonly allowed: readonly ProviderDefinition[];
  /** Models of the allowed providers, denied models left out. */
  private readonly table = new ModelTable();
  /** Dynamic providers' models as discovery found them with per-call credentials, per key scope. */
  private readonly scoped: KeyScopeLists;

  constructor(
    @multiInject(ProviderDefinitionToken) @optional() definitions: readonly ProviderDefinitionInput[] = [],
    @inject(RegistryConfigToken) @optional() config?: RegistryConfigInput,
    @inject(KeyScope) @optional() private readonly keyScope?: KeyScope,
  ) {
    this.index = indexProviders(definitions);
    const settings = parseRegistryConfig(config);
    this.deny = new DenyList(settings.deny);
    this.scoped = new KeyScopeLists(settings.maxKeyScopes);
    this.allowed = Object.freeze([...this.index.byId.values()].filter((p) => !this.deny.isProviderDenied(p.id)));
    for (const provider of this.allowed) this.replaceModels(provider, provider.models);
  }

  /** Every provider not denied by configuration, in the order their modules were bound. */
  getProviders(): readonly ProviderDefinition[] {
    return this.allowed;
  }

  /** `misconfigured` when no module defines it, `forbidden` when configuration denies it. */
  getProvider(id: string): ProviderDefinition {
    const provider = this.index.byId.get(id);
    if (!provider) {
      throw new ProviderError({ code: 'misconfigured', message: `No provider "${id}" is defined`, provider: id });
    }
    if (this.deny.isProviderDenied(id)) {
      throw new ProviderError({ code: 'forbidden', message: `Provider "${id}" is denied by configuration`, provider: id });
    }
    return provider;
  }

  /** Providers with a shipped catalogue; dynamic ones such as LiteLLM are left out. */
  getBaseModelProviders(): ProviderDefinition[] {
    return this.allowed.filter((provider) => provider.kind === 'static');
  }

  /**
   * The scope id of a key (see `KeyScope`), never the key; `misconfigured` when the container binds no
   * `KeyScope` (`createModelgate` does).
   */
  scopeOf(apiKey: string): string {
    if (this.keyScope === undefined) {
      throw new ProviderError({ code: 'misconfigured', message: 'No KeyScope is bound: per-call credentials need one' });
    }
    return this.keyScope.of(apiKey);
  }

  /** Whether the registry still keeps a discovered list for the provider and key scope (not evicted). */
  hasScope(providerId: string, scope: string): boolean {
    return this.scoped.has(providerId, scope);
  }

  /**
   * Replaces a dynamic provider's model list with what discovery found, minus denied models, and returns the
   * list it kept. A model that is not the provider's is `invalid_response`: discovery read something wrong.
   * With `scope`, the list is that key scope's alone: other scopes and the module key's list stay as they are.
   */
  setDynamicModels(providerId: string, models: readonly ModelInfo[], scope?: string): readonly ModelInfo[] {
    const provider = this.getProvider(providerId);
    if (provider.kind !== 'dynamic') {
      throw new ProviderError({
        code: 'misconfigured',
        message: `Provider "${providerId}" has a static catalogue; only dynamic providers take discovered models`,
        provider: providerId,
      });
    }
    return this.replaceModels(provider, models, scope);
  }

  /**
   * One provider's models, or every allowed provider's in provider order. With `scope`, a dynamic provider's
   * models are the ones discovered for that key scope (none before its discovery).
   */
  getModels(providerId?: string, scope?: string): readonly ModelInfo[] {
    const list = (provider: ProviderDefinition): readonly ModelInfo[] =>
      scope === undefined || provider.kind === 'static'
        ? this.table.list(provider.id)
        : (this.scoped.get(provider.id, scope)?.table.list(provider.id) ?? []);
    if (providerId !== undefined) return list(this.getProvider(providerId));
    return this.allowed.flatMap(list);
  }

  getModel(id: string, scope?: string): ModelInfo | undefined {
    return this.lookUp(id, scope)?.model;
  }

  /**
   * The provider that serves `modelId`: a known model's owner, else the dynamic provider whose prefix the id
   * carries (the gateway is the authority on its own models, even before discovery has run). With `scope`,
   * once that key scope has been discovered, a dynamic provider's model outside its list is `model_not_found`:
   * one tenant never calls another's models.
   */
  getProviderFromModel(modelId: string, scope?: string): ProviderDefinition {
    const scoped = scope === undefined ? undefined : this.scopedList(this.providerByPrefix(modelId), scope);
    if (scoped !== undefined) {
      if (scoped.table.get(modelId)) return scoped.provider;
      throw new ProviderError({
        code: 'model_not_found',
        message: `Model "${modelId}" is not among the models of this key`,
        provider: scoped.provider.id,
        model: modelId,
      });
    }
    // A known model first: one map read, the look-up every call makes.
    const known = this.table.get(modelId);
    if (known) return known.provider;
    const prefixed = this.providerByPrefix(modelId);
    if (this.deny.isModelDenied(modelId, prefixed?.id)) {
      throw new ProviderError({
        code: 'forbidden',
        message: `Model "${modelId}" is denied by configuration`,
        provider: prefixed?.id,
        model: modelId,
      });
    }
    if (prefixed?.kind === 'dynamic' && modelId.length > prefixed.modelPrefix.length) return prefixed;
    throw new ProviderError({
      code: 'model_not_found',
      message: modelId === '' ? 'No model id given' : `No provider serves model "${modelId}"`,
      provider: prefixed?.id,
      model: modelId,
    });
  }

  /** The id the provider itself knows: only the first prefix goes (`litellm/openai/gpt-4o` -> `openai/gpt-4o`). */
  toProviderModelName(modelId: string, scope?: string): string {
    return modelId.slice(this.getProviderFromModel(modelId, scope).modelPrefix.length);
  }

  requiresUserApiKey(modelId: string): boolean {
    return needsUserApiKey(this.getProviderFromModel(modelId));
  }

  /** The key to call `providerId` with, by the provider's key policy (see `resolveApiKey`). */
  getApiKey(providerId: string, userKey: string | undefined, config: { apiKey?: string }): string | undefined {
    return resolveApiKey(this.getProvider(providerId), userKey, config);
  }

  /** A known model's capabilities; all unknown for a gateway model discovery has not described. */
  getCapabilities(modelId: string, scope?: string): ModelCapabilities {
    return this.describe(modelId, scope)?.capabilities ?? UNKNOWN_CAPABILITIES;
  }

  /** A known model's prices; all unknown for a gateway model discovery has not described. */
  getPricing(modelId: string, scope?: string): ModelPricing {
    return this.describe(modelId, scope)?.pricing ?? UNKNOWN_PRICING;
  }

  isDenied(modelId: string): boolean {
    return !this.table.get(modelId) && this.deny.isModelDenied(modelId, this.providerByPrefix(modelId)?.id);
  }

  /** The model's info, `undefined` for an unlisted model of a dynamic provider; throws as `getProviderFromModel`. */
  private describe(modelId: string, scope?: string): ModelInfo | undefined {
    const known = this.lookUp(modelId, scope);
    if (known) return known.model;
    this.getProviderFromModel(modelId, scope);
    return undefined;
  }

  /** The scope's entry when it has been discovered, else the module key's (the same gateway describes both). */
  private lookUp(modelId: string, scope: string | undefined): KnownModel | undefined {
    const scoped = scope === undefined ? undefined : this.scopedList(this.providerByPrefix(modelId), scope);
    return (scoped?.table ?? this.table).get(modelId);
  }

  /** The list discovered for the key scope of a dynamic provider; `undefined` before its discovery or after eviction. */
  private scopedList(provider: ProviderDefinition | undefined, scope: string | undefined): ScopedList | undefined {
    return scope === undefined || provider?.kind !== 'dynamic' ? undefined : this.scoped.get(provider.id, scope);
  }

  private providerByPrefix(modelId: string): ProviderDefinition | undefined {
    const slash = modelId.indexOf('/');
    return slash > 0 ? this.index.byPrefix.get(modelId.slice(0, slash + 1)) : undefined;
  }

  /** Static catalogues were checked when the providers were indexed, so only a discovered list can fail here. */
  private replaceModels(provider: ProviderDefinition, models: readonly ModelInfo[], scope?: string): readonly ModelInfo[] {
    const isDenied = (modelId: string) => this.deny.isModelDenied(modelId, provider.id);
    const replaced =
      scope === undefined ? this.table.replace(provider, models, isDenied) : this.scoped.replace(provider, scope, models, isDenied);
    if ('problem' in replaced) {
      const message = `Discovered models rejected: ${replaced.problem}`;
      throw new ProviderError({ code: 'invalid_response', message, provider: provider.id });
    }
    return replaced.kept;
  }
}

/** The registry's container identifier, and its public surface as a type (structural, so fakes fit). */
export const ModelRegistry = Symbol.for('modelgate.ModelRegistry');
export type ModelRegistry = Pick<ModelRegistryImpl, keyof ModelRegistryImpl>;
