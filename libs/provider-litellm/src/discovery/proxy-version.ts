import { z } from 'zod';
import { type ServerGet } from '@modelgate/provider-openai-compatible';

/** Only the field read here; every other key of the readiness answer is the proxy's business. */
const Readiness = z.looseObject({ litellm_version: z.unknown() });

/**
 * The LiteLLM version the proxy says it runs, from `GET /health/readiness` (`litellm_version`), null when it
 * does not say: 1.83.14 says, 1.108.7 answers only `{"status":"healthy","db":...}` there and sends its
 * version as `x-litellm-version` on chat answers alone (tools/conformance/FINDINGS.md), which discovery
 * does not make. Never throws.
 */
export async function litellmProxyVersion(get: ServerGet): Promise<string | null> {
  const outcome = await get('/health/readiness');
  if (outcome.kind !== 'json') return null;
  const readiness = Readiness.safeParse(outcome.body);
  if (!readiness.success) return null;
  const version = readiness.data.litellm_version;
  return typeof version === 'string' && version.trim() !== '' ? version.trim() : null;
}
