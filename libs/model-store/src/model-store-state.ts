import { z } from 'zod';
import { DiscoveryReport, DiscoveryStatus, ModelInfo } from '@modelgate/provider-contracts';

/** A discovery outcome, or `idle` (never asked) and `loading` (asked, no answer yet). */
export const ProviderModelsStatus = z.enum(['idle', 'loading', ...DiscoveryStatus.options]);
export type ProviderModelsStatus = z.infer<typeof ProviderModelsStatus>;

/** What a UI shows for one provider: its models and why there may be none. */
export const ProviderModelsState = z.object({
  /** The models last found; kept through `loading` and through failures, so a blip does not empty a list. */
  models: z.array(ModelInfo),
  status: ProviderModelsStatus,
  /** Why the last discovery failed (short, free of secrets); `null` after a success and before any answer. */
  error: DiscoveryReport.shape.error,
  /** ISO time of the last answer, success or failure; `null` before the first. */
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ProviderModelsState = z.infer<typeof ProviderModelsState>;

export const ModelStoreState = z.object({
  /** By provider id, in the order the store was created with: what the module's own key sees. */
  providers: z.record(z.string(), ProviderModelsState),
  /**
   * By key scope id (a keyed hash, never the key), then provider id: what discovery with per-call credentials
   * found; absent until the first. Only scopes the registry still keeps are here; evicted ones go with it.
   */
  keyScopes: z.record(z.string(), z.record(z.string(), ProviderModelsState)).optional(),
});
export type ModelStoreState = z.infer<typeof ModelStoreState>;

/** A provider nobody has asked about yet. */
export function idleProviderState(): ProviderModelsState {
  return { models: [], status: 'idle', error: null, updatedAt: null };
}
