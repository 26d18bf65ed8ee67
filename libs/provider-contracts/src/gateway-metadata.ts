import { z } from 'zod';
import { ProviderErrorCode } from './provider-error';

/** A model modelgate tried before the one that answered (the request's `fallbackModels`), and why it failed. */
export const FailedAttempt = z.object({
  /** Prefixed model id. */
  model: z.string(),
  code: ProviderErrorCode,
  message: z.string(),
  status: z.number().int().nullable(),
});
export type FailedAttempt = z.infer<typeof FailedAttempt>;

/**
 * What the gateway said about the call in its response headers (last turn); `null` when not sent. The fields
 * added after the first release default when absent, so results recorded before them still parse.
 */
export const GatewayMetadata = z.object({
  /** `x-litellm-call-id`: quote it when reporting a problem. */
  callId: z.string().nullable(),
  /** `x-litellm-model-id`: the deployment that served the call. */
  deploymentId: z.string().nullable(),
  /** `x-litellm-model-group`: the public model name the call was routed by. */
  modelGroup: z.string().nullable(),
  /** `x-litellm-version`. */
  version: z.string().nullable(),
  /** `x-litellm-attempted-retries`: retries the gateway made on its own. */
  attemptedRetries: z.number().int().nonnegative().nullable(),
  /** `x-litellm-attempted-fallbacks`. */
  attemptedFallbacks: z.number().int().nonnegative().nullable(),
  /** `x-litellm-response-duration-ms`. */
  responseDurationMs: z.number().nonnegative().nullable(),
  /** `x-litellm-overhead-duration-ms`: time the gateway itself added. */
  overheadDurationMs: z.number().nonnegative().nullable(),
  /** `x-litellm-key-spend`: USD the key has spent so far (with virtual keys). */
  keySpendUsd: z.number().nonnegative().nullable().default(null),
  /** `x-litellm-key-max-budget`: the key's budget in USD, when it has one. */
  keyMaxBudgetUsd: z.number().nonnegative().nullable().default(null),
  /** `x-litellm-key-alias`, when the deployment sends it. */
  keyAlias: z.string().nullable().default(null),
  /** `x-litellm-team-id`, when the deployment sends it. */
  teamId: z.string().nullable().default(null),
  /** The request's fallback models that failed before this answer, in order; empty when the first answered. */
  failedAttempts: z.array(FailedAttempt).default(() => []),
});
export type GatewayMetadata = z.infer<typeof GatewayMetadata>;

export const EMPTY_GATEWAY_METADATA: GatewayMetadata = Object.freeze({
  callId: null,
  deploymentId: null,
  modelGroup: null,
  version: null,
  attemptedRetries: null,
  attemptedFallbacks: null,
  responseDurationMs: null,
  overheadDurationMs: null,
  keySpendUsd: null,
  keyMaxBudgetUsd: null,
  keyAlias: null,
  teamId: null,
  failedAttempts: [],
});
