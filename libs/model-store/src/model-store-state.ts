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
  /** By provider id, in the order the store was created with. */
  providers: z.record(z.string(), ProviderModelsState),
});
export type ModelStoreState = z.infer<typeof ModelStoreState>;

/** A provider nobody has asked about yet. */
export function idleProviderState(): ProviderModelsState {
  return { models: [], status: 'idle', error: null, updatedAt: null };
}
