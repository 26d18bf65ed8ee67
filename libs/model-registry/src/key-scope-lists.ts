import { type ModelInfo, type ProviderDefinition } from '@modelgate/provider-contracts';
import { ModelTable } from './model-table';

/** What a discovered scope holds: the one provider's list, indexed by id. */
export interface ScopedList {
  provider: ProviderDefinition;
  table: ModelTable;
}

/**
 * The model lists discovery found per (provider, key scope), least recently used first. Bounded: past `max`
 * entries the least recently used scope is evicted, and a scope that is gone is as unknown as one never
 * discovered. Reading a scope counts as use, so the tenants that keep calling keep their lists.
 */
export class KeyScopeLists {
  private readonly lists = new Map<string, ScopedList>();

  constructor(private readonly max: number) {}

  get size(): number {
    return this.lists.size;
  }

  /** The scope's list, marked as the most recently used; `undefined` when never discovered or evicted. */
  get(providerId: string, scope: string): ScopedList | undefined {
    const key = scopeKey(providerId, scope);
    const list = this.lists.get(key);
    if (list === undefined) return undefined;
    this.lists.delete(key);
    this.lists.set(key, list);
    return list;
  }

  has(providerId: string, scope: string): boolean {
    return this.lists.has(scopeKey(providerId, scope));
  }

  /**
   * Replaces the scope's list as `ModelTable.replace` does (a list that cannot be the provider's changes
   * nothing), then evicts the least recently used scopes past the bound.
   */
  replace(
    provider: ProviderDefinition,
    scope: string,
    models: readonly ModelInfo[],
    isDenied: (modelId: string) => boolean,
  ): { kept: readonly ModelInfo[] } | { problem: string } {
    const key = scopeKey(provider.id, scope);
    const table = new ModelTable();
    const replaced = table.replace(provider, models, isDenied);
    if ('problem' in replaced) return replaced;
    this.lists.delete(key);
    this.lists.set(key, { provider, table });
    for (const oldest of this.lists.keys()) {
      if (this.lists.size <= this.max) break;
      this.lists.delete(oldest);
    }
    return replaced;
  }
}

// Provider ids are lower-case words and scope ids hex: a newline cannot occur in either.
function scopeKey(providerId: string, scope: string): string {
  return `${providerId}\n${scope}`;
}
