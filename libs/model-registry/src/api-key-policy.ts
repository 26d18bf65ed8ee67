import { type ProviderDefinition, ProviderError } from '@modelgate/provider-contracts';

/**
 * Whether each user must bring a key. Never for dynamic providers (LiteLLM, vLLM): the operator configures
 * the gateway's key, and demanding one from users was a bug the first LiteLLM integration shipped with.
 */
export function needsUserApiKey(definition: ProviderDefinition): boolean {
  return definition.kind === 'static' && definition.requiresUserApiKey;
}

/**
 * The key to call a provider with. Without a user-key rule: the configured key or none, and a user's key is
 * ignored so that nobody can redirect the operator's billing. With it: the user's key, else the configured
 * one, else `unauthorized`. Empty strings count as no key.
 */
export function resolveApiKey(
  definition: ProviderDefinition,
  userKey: string | undefined,
  config: { apiKey?: string },
): string | undefined {
  const configured = config.apiKey || undefined;
  if (!needsUserApiKey(definition)) return configured;
  const key = userKey || configured;
  if (key) return key;
  throw new ProviderError({
    code: 'unauthorized',
    message: `An API key is required for provider "${definition.id}"`,
    provider: definition.id,
  });
}
