import { z } from 'zod';
import { ProviderError, issuePaths } from '@modelgate/provider-contracts';

/** A provider id (`openai`), or a model id that may hold `*` wildcards after its prefix (`litellm/*-preview`). */
const DenyEntry = z
  .string()
  .regex(/^(?:[a-z0-9][a-z0-9-]*|[^\s/]+\/\S+)$/, 'must be a provider id (openai) or a model-id glob (litellm/*-preview)');

/** What the application allows, bound by the app under `RegistryConfigToken`. We own it: unknown keys fail. */
export const RegistryConfig = z.strictObject({
  /** Providers and models never to offer or call; a denied one fails with `forbidden`. */
  deny: z.array(DenyEntry).default([]),
  /**
   * How many (provider, key scope) model lists discovery with per-call credentials may keep; past it the
   * least recently used is evicted (and its tenant is as undiscovered until its next refresh).
   */
  maxKeyScopes: z.number().int().positive().max(1_000_000).default(1000),
});
export type RegistryConfig = z.output<typeof RegistryConfig>;
export type RegistryConfigInput = z.input<typeof RegistryConfig>;

/** Parses the registry's settings; a bad value is a `misconfigured` error at composition, never ignored. */
export function parseRegistryConfig(input: RegistryConfigInput | undefined): RegistryConfig {
  const parsed = RegistryConfig.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  throw new ProviderError({
    code: 'misconfigured',
    message: `Invalid registry configuration at ${issuePaths(parsed.error)}`,
  });
}
