import { z } from 'zod';

/**
 * Who a call is for, as the gateway's spend logs attribute it. The same fields go on every operation that
 * reaches a gateway (chat, embeddings), so they live apart from any one request.
 */
export const ATTRIBUTION_LIMITS = {
  userChars: 256,
  tags: 32,
  tagChars: 128,
} as const;

/** A JSON value: what `metadata` may hold, and what a provider option may be. */
export const JsonValue = z.json();
export type JsonValue = z.infer<typeof JsonValue>;

export const AttributionFields = {
  /** The end user the call is made for; sent as OpenAI's `user` (LiteLLM's spend logs key on it). */
  user: z.string().min(1).max(ATTRIBUTION_LIMITS.userChars).optional(),
  /** Spend-log tags (`team:a`, `feature:summary`); sent as `metadata.tags`. */
  tags: z.array(z.string().min(1).max(ATTRIBUTION_LIMITS.tagChars)).max(ATTRIBUTION_LIMITS.tags).optional(),
  /** Sent to the gateway as `metadata` (LiteLLM logs and spend tracking): any JSON values. */
  metadata: z.record(z.string(), JsonValue).optional(),
};

export const Attribution = z.object(AttributionFields);
export type Attribution = z.infer<typeof Attribution>;

/**
 * The gateway's `metadata` for a call: the request's metadata with the tags under `tags`; `undefined` when
 * there is neither. Tags given both ways are refused where the request is parsed (see `checkAttribution`).
 */
export function wireMetadata(attribution: Attribution): Record<string, JsonValue> | undefined {
  const { metadata, tags } = attribution;
  if (tags === undefined) return metadata;
  return { ...metadata, tags };
}

/** Refinement of a request carrying attribution: `tags` and `metadata.tags` would overwrite one another. */
export function checkAttribution(attribution: Attribution, ctx: z.RefinementCtx): void {
  if (attribution.tags !== undefined && attribution.metadata !== undefined && 'tags' in attribution.metadata) {
    ctx.addIssue({ code: 'custom', path: ['metadata', 'tags'], message: 'give tags as `tags` or as `metadata.tags`, not both' });
  }
}
