import { isPlainJsonObject } from '@modelgate/provider-contracts';
import { type ServerGet } from '@modelgate/provider-openai-compatible';

/**
 * The LiteLLM version the proxy says it runs, from `GET /health/readiness` (`litellm_version`), null when it
 * does not say: 1.83.14 says, 1.108.7 answers only `{"status":"healthy","db":...}` there and sends its
 * version as `x-litellm-version` on chat answers alone (tools/conformance/FINDINGS.md), which discovery
 * does not make. Never throws.
 */
export async function litellmProxyVersion(get: ServerGet): Promise<string | null> {
  const outcome = await get('/health/readiness');
  if (outcome.kind !== 'json' || !isPlainJsonObject(outcome.body)) return null;
  const version = outcome.body['litellm_version'];
  return typeof version === 'string' && version.trim() !== '' ? version.trim() : null;
}
