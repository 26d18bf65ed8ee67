import { z } from 'zod';
import { ModelInfo } from './model-info';
import { ProviderErrorCode } from './provider-error';

/**
 * `ready`: models found. `empty`: the proxy answered with no chat models. The rest say why there are none:
 * `unauthorized` (401/403 on the model list), `unreachable` (no answer), `misconfigured` (no base URL, or a
 * URL that is not a LiteLLM proxy), `invalid_response` (an answer we cannot read).
 */
export const DiscoveryStatus = z.enum(['ready', 'empty', 'unauthorized', 'unreachable', 'misconfigured', 'invalid_response']);
export type DiscoveryStatus = z.infer<typeof DiscoveryStatus>;

export const DiscoveryReport = z.object({
  provider: z.string(),
  status: DiscoveryStatus,
  models: z.array(ModelInfo),
  /**
   * Short, free of secrets; `null` when the status is `ready` or `empty`. `status` is the HTTP status the
   * server answered with (null when it did not answer; left out by reports made before it was known).
   */
  error: z.object({ code: ProviderErrorCode, message: z.string(), status: z.number().int().nullable().optional() }).nullable(),
  /**
   * The version the server says it runs (LiteLLM's `x-litellm-version`), null when it does not say; left
   * out by servers whose discovery does not ask.
   */
  serverVersion: z.string().nullable().optional(),
  /** ISO time the answer was received. */
  fetchedAt: z.string(),
  /** Whether `/model/info` enriched the models (false when the key may not read it). */
  enriched: z.boolean(),
});
export type DiscoveryReport = z.infer<typeof DiscoveryReport>;
