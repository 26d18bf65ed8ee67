import { type GatewayMetadata } from '@modelgate/provider-contracts';

function text(headers: Headers, name: string): string | null {
  const value = headers.get(name);
  // The proxy leaves empty values out, but an intermediary may forward them as ''.
  return value === null || value.trim() === '' ? null : value.trim();
}

function number(headers: Headers, name: string, integer = false): number | null {
  const value = text(headers, name);
  if (value === null) return null;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) return null;
  return integer ? Math.trunc(parsed) : parsed;
}

/**
 * Reads LiteLLM's `x-litellm-*` response headers. The cost header is absent on streaming responses
 * (LiteLLM issue #12689), so `costUsd` is null there and the engine falls back to `usage.cost` or prices.
 */
export function inspectLiteLLMResponse(headers: Headers): { gateway: GatewayMetadata; costUsd: number | null } {
  return {
    gateway: {
      callId: text(headers, 'x-litellm-call-id'),
      deploymentId: text(headers, 'x-litellm-model-id'),
      modelGroup: text(headers, 'x-litellm-model-group'),
      version: text(headers, 'x-litellm-version'),
      attemptedRetries: number(headers, 'x-litellm-attempted-retries', true),
      attemptedFallbacks: number(headers, 'x-litellm-attempted-fallbacks', true),
      responseDurationMs: number(headers, 'x-litellm-response-duration-ms'),
      overheadDurationMs: number(headers, 'x-litellm-overhead-duration-ms'),
      // Spend-log attribution: the key's spend and budget come with virtual keys; "None" when unset.
      keySpendUsd: number(headers, 'x-litellm-key-spend'),
      keyMaxBudgetUsd: number(headers, 'x-litellm-key-max-budget'),
      keyAlias: text(headers, 'x-litellm-key-alias'),
      teamId: text(headers, 'x-litellm-team-id'),
      failedAttempts: [],
    },
    costUsd: number(headers, 'x-litellm-response-cost'),
  };
}
