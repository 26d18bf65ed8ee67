import { inject, injectable, multiInject, optional } from 'inversify';
import {
  type ModelCapabilities,
  type ModelInfo,
  type ModelPricing,
  type ProviderDefinition,
  type ProviderDefinitionInput,
  ProviderDefinitionToken,
  ProviderError,
  RegistryConfigToken,
  UNKNOWN_CAPABILITIES,
} from '@modelgate/provider-contracts';
import { needsUserApiKey, resolveApiKey } from './api-key-policy';
import { DenyList } from './deny-list';
import { type ProviderIndex, indexProviders } from './index-providers';
import { ModelTable } from './model-table';
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

  constructor(
    @multiInject(ProviderDefinitionToken) @optional() definitions: readonly ProviderDefinitionInput[] = [],
    @inject(RegistryConfigToken) @optional() config?: RegistryConfigInput,
  ) {
    this.index = indexProviders(definitions);
    this.deny = new DenyList(parseRegistryConfig(config).deny);
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
   * Replaces a dynamic provider's model list with what discovery found, minus denied models, and returns the
   * list it kept. A model that is not the provider's is `invalid_response`: discovery read something wrong.
   */
  setDynamicModels(providerId: string, models: readonly ModelInfo[]): readonly ModelInfo[] {
    const provider = this.getProvider(providerId);
    if (provider.kind !== 'dynamic') {
      throw new ProviderError({
        code: 'misconfigured',
        message: `Provider "${providerId}" has a static catalogue; only dynamic providers take discovered models`,
        provider: providerId,
      });
    }
    return this.replaceModels(provider, models);
  }

  /** One provider's models, or every allowed provider's in provider order. */
  getModels(providerId?: string): readonly ModelInfo[] {
    if (providerId !== undefined) return this.table.list(this.getProvider(providerId).id);
    return this.allowed.flatMap((provider) => this.table.list(provider.id));
  }

  getModel(id: string): ModelInfo | undefined {
    return this.table.get(id)?.model;
  }

  /**
   * The provider that serves `modelId`: a known model's owner, else the dynamic provider whose prefix the id
   * carries (the gateway is the authority on its own models, even before discovery has run).
   */
  getProviderFromModel(modelId: string): ProviderDefinition {
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
  toProviderModelName(modelId: string): string {
    return modelId.slice(this.getProviderFromModel(modelId).modelPrefix.length);
  }

  requiresUserApiKey(modelId: string): boolean {
    return needsUserApiKey(this.getProviderFromModel(modelId));
  }

  /** The key to call `providerId` with, by the provider's key policy (see `resolveApiKey`). */
  getApiKey(providerId: string, userKey: string | undefined, config: { apiKey?: string }): string | undefined {
    return resolveApiKey(this.getProvider(providerId), userKey, config);
  }

  /** A known model's capabilities; all unknown for a gateway model discovery has not described. */
  getCapabilities(modelId: string): ModelCapabilities {
    return this.describe(modelId)?.capabilities ?? UNKNOWN_CAPABILITIES;
  }

  /** A known model's prices; all unknown for a gateway model discovery has not described. */
  getPricing(modelId: string): ModelPricing {
    return this.describe(modelId)?.pricing ?? UNKNOWN_PRICING;
  }

  isDenied(modelId: string): boolean {
    return !this.table.get(modelId) && this.deny.isModelDenied(modelId, this.providerByPrefix(modelId)?.id);
  }

  /** The model's info, `undefined` for an unlisted model of a dynamic provider; throws as `getProviderFromModel`. */
  private describe(modelId: string): ModelInfo | undefined {
    const known = this.table.get(modelId);
    if (known) return known.model;
    this.getProviderFromModel(modelId);
    return undefined;
  }

  private providerByPrefix(modelId: string): ProviderDefinition | undefined {
    const slash = modelId.indexOf('/');
    return slash > 0 ? this.index.byPrefix.get(modelId.slice(0, slash + 1)) : undefined;
  }

  /** Static catalogues were checked when the providers were indexed, so only a discovered list can fail here. */
  private replaceModels(provider: ProviderDefinition, models: readonly ModelInfo[]): readonly ModelInfo[] {
    const replaced = this.table.replace(provider, models, (modelId) => this.deny.isModelDenied(modelId, provider.id));
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
