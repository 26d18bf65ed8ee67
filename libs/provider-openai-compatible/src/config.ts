import { z } from 'zod';

/**
 * `http://proxy:4000/`, `http://proxy:4000/v1` and `http://proxy:4000` all name the same server: the client
 * appends `/v1` itself, so a trailing `/` and a trailing `/v1` are dropped here.
 */
export function normaliseBaseUrl(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/v1$/, '').replace(/\/+$/, '');
}

/**
 * A server root URL. Credentials inside it are refused: the key belongs in `apiKey`, and a URL with a key in
 * it ends up verbatim in connection errors and their causes.
 */
export const BaseUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL', abort: true })
  .refine((url) => !/^[a-z]+:\/\/[^/?#]*@/i.test(url), 'must not carry credentials: pass the key as apiKey')
  .transform(normaliseBaseUrl);

/** How to reach one OpenAI-compatible server. We own this input, so unknown keys are an error. */
export const OpenAICompatibleConfig = z.strictObject({
  /** Server root, with or without `/v1`; stored without it. */
  baseUrl: BaseUrl,
  /** Sent as `Authorization: Bearer <key>`; leave out for a server that enforces no auth. */
  apiKey: z.string().min(1).optional(),
  /** Budget of one call in milliseconds, every turn of the tool loop included. */
  timeoutMs: z.number().int().positive().default(60_000),
  /** Retries the SDK makes on 408/409/429/5xx and connection errors, before the first byte only. */
  maxRetries: z.number().int().min(0).max(5).default(2),
  /** Tools of one turn that may run at once, unless the request says otherwise; default: all. */
  toolConcurrency: z.number().int().positive().optional(),
  /** Texts per embeddings request at most; default 2,048 (OpenAI's own limit). A longer input goes in batches. */
  embeddingBatchSize: z.number().int().positive().max(100_000).optional(),
  /** Embedding batches of one call in flight at once; default 4. */
  embeddingConcurrency: z.number().int().positive().max(64).optional(),
  /** Extra headers on every request (e.g. a tenant header a proxy routes by). */
  defaultHeaders: z.record(z.string(), z.string()).optional(),
});
export type OpenAICompatibleConfig = z.output<typeof OpenAICompatibleConfig>;
export type OpenAICompatibleConfigInput = z.input<typeof OpenAICompatibleConfig>;
