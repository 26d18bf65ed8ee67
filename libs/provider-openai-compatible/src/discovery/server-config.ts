import { z } from 'zod';
import { type ProviderDefinition, ProviderError } from '@modelgate/provider-contracts';
import { OpenAICompatibleConfig } from '../config';

/**
 * How to reach one OpenAI-compatible server whose models are discovered: the engine's settings and a
 * discovery deadline; providers extend it with their own. There is deliberately no fallback: without
 * `baseUrl` the provider is not configured, it never borrows another provider's endpoint (the seed change
 * request's Azure fallback bug). Strict, like the engine's config: a misspelt setting is an error.
 */
export const OpenAICompatibleServerConfig = OpenAICompatibleConfig.omit({ defaultHeaders: true }).extend({
  /** Per discovery request. */
  discoveryTimeoutMs: z.number().int().positive().default(10_000),
});
export type OpenAICompatibleServerConfig = z.output<typeof OpenAICompatibleServerConfig>;
export type OpenAICompatibleServerConfigInput = z.input<typeof OpenAICompatibleServerConfig>;

/**
 * Parses a provider's config at composition. A bad value is a `misconfigured` error naming the field; the
 * message never repeats the value (it may be a key).
 */
export function parseServerConfig<Schema extends z.ZodType>(
  schema: Schema,
  input: z.input<Schema>,
  definition: Pick<ProviderDefinition, 'id' | 'name'>,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`);
  throw new ProviderError({
    code: 'misconfigured',
    message: `Invalid ${definition.name} configuration: ${problems.join('; ')}`,
    provider: definition.id,
  });
}
