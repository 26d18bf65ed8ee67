import { z } from 'zod';

/** The proxy's own URL, with or without a trailing `/` or `/v1`; stored as the bare origin + path. */
const BaseUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .transform((url) => url.replace(/\/+$/, '').replace(/\/v1$/, ''));

/**
 * How to reach one LiteLLM proxy. There is deliberately no fallback: without `baseUrl` the provider is not
 * configured, it never borrows another provider's endpoint (the seed change request's Azure fallback bug).
 */
export const LiteLLMConfig = z.strictObject({
  baseUrl: BaseUrl,
  /** Master or virtual key; a proxy without a master key needs none. */
  apiKey: z.string().min(1).optional(),
  /** Per chat call, every tool-loop turn included. */
  timeoutMs: z.number().int().positive().default(60_000),
  /** Per discovery request. */
  discoveryTimeoutMs: z.number().int().positive().default(10_000),
  /** Client retries on 408/409/429/5xx. The proxy retries too (`num_retries`): keep this small. */
  maxRetries: z.number().int().min(0).max(5).default(2),
  /** Tools of one turn run at most this many at once; default: all. */
  toolConcurrency: z.number().int().positive().optional(),
});
export type LiteLLMConfig = z.infer<typeof LiteLLMConfig>;
export type LiteLLMConfigInput = z.input<typeof LiteLLMConfig>;

export const LiteLLMConfigToken = Symbol.for('modelgate.LiteLLMConfig');
