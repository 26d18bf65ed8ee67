import { createHash } from 'node:crypto';
import { OPENAI_CHAT_PARAMS } from './model-info-template';
import { type Prices } from './usage';
import { type SimulatedModel } from './simulator-options';

/** One public model name and its deployments, as the proxy's router holds them. */
export interface ModelGroup {
  readonly model: SimulatedModel;
  readonly litellmParams: Record<string, unknown>;
  readonly deploymentIds: readonly string[];
  readonly isWildcard: boolean;
}

const PRICE_KEYS = ['input_cost_per_token', 'output_cost_per_token'] as const;

function deploymentId(model: SimulatedModel, index: number): string {
  const given = model.modelInfo?.['id'];
  if (index === 0 && typeof given === 'string' && given !== '') return given;
  // The real proxy derives a stable hex id from the deployment's settings; so do we, from its position.
  return createHash('sha256').update(`${model.id}#${index}`).digest('hex');
}

function wildcardPattern(id: string): RegExp {
  const escaped = id.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.+')}$`);
}

function price(group: ModelGroup, key: (typeof PRICE_KEYS)[number]): number | null {
  const value = group.model.modelInfo?.[key] ?? group.litellmParams[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The models of one simulator, looked up the way the proxy routes a `model` name. */
export class ModelCatalog {
  readonly groups: readonly ModelGroup[];
  private readonly turns = new Map<ModelGroup, number>();

  constructor(models: readonly SimulatedModel[]) {
    this.groups = models.map((model) => ({
      model,
      litellmParams: model.litellmParams ?? { model: `openai/${model.id}` },
      deploymentIds: Array.from({ length: model.deployments ?? 1 }, (_, index) => deploymentId(model, index)),
      isWildcard: model.id.includes('*'),
    }));
  }

  /** Exact names first, then wildcard routes such as `openai/*` (LiteLLM issues #13643, #14257). */
  resolve(name: string): ModelGroup | null {
    const exact = this.groups.find((group) => !group.isWildcard && group.model.id === name);
    return exact ?? this.groups.find((group) => group.isWildcard && wildcardPattern(group.model.id).test(name)) ?? null;
  }

  /** Deployments of a group take turns, so `x-litellm-model-id` varies like a load-balanced proxy's. */
  nextDeployment(group: ModelGroup): string {
    const turn = this.turns.get(group) ?? 0;
    this.turns.set(group, turn + 1);
    return group.deploymentIds[turn % group.deploymentIds.length] ?? '';
  }

  resetTurns(): void {
    this.turns.clear();
  }

  /** The proxy's `mode`; a model without one is routed as chat, as LiteLLM does. */
  mode(group: ModelGroup): string {
    const mode = group.model.modelInfo?.['mode'];
    return typeof mode === 'string' ? mode : 'chat';
  }

  prices(group: ModelGroup): Prices {
    return { input: price(group, 'input_cost_per_token'), output: price(group, 'output_cost_per_token') };
  }

  /**
   * `x-litellm-model-api-base`: the deployment's `api_base`, else the provider's default, which the proxy
   * names even for a mock (`https://api.openai.com` for `openai/...`); unknown for other providers here.
   */
  apiBase(group: ModelGroup): string | undefined {
    const configured = group.litellmParams['api_base'];
    if (typeof configured === 'string') return configured;
    return String(group.litellmParams['model'] ?? '').startsWith('openai/') ? 'https://api.openai.com' : undefined;
  }

  /** The name the upstream answers with: the deployment's model without its provider prefix. */
  upstreamModel(group: ModelGroup, requested: string): string {
    const routed = group.isWildcard ? requested : String(group.litellmParams['model'] ?? requested);
    const slash = routed.indexOf('/');
    return slash === -1 ? routed : routed.slice(slash + 1);
  }

  /** One group per public name (the first), in catalogue order. */
  distinctGroups(): ModelGroup[] {
    const seen = new Set<string>();
    return this.groups.filter((group) => !seen.has(group.model.id) && seen.add(group.model.id));
  }

  /**
   * The group's `model_info` fields beyond the nulls: per-token prices from `litellm_params` or `model_info`
   * (0, not null, when neither sets one: LiteLLM 1.83 reports an unpriced model as free, so 0 there means
   * "unknown"), `key` (the deployment's model), the provider and its chat params, then `model_info` as given.
   */
  modelInfoFields(group: ModelGroup): Record<string, unknown> {
    const routed = String(group.litellmParams['model'] ?? '');
    const slash = routed.indexOf('/');
    const provider = slash === -1 ? null : routed.slice(0, slash);
    const fields: Record<string, unknown> = { key: routed };
    for (const key of PRICE_KEYS) fields[key] = price(group, key) ?? 0;
    if (provider !== null) fields['litellm_provider'] = provider;
    if (provider === 'openai') fields['supported_openai_params'] = OPENAI_CHAT_PARAMS;
    return { ...fields, ...group.model.modelInfo };
  }
}
