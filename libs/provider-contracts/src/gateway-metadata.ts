import { z } from 'zod';

/** What the gateway said about the call in its response headers (last turn); `null` when not sent. */
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
});
