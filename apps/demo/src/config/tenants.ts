import { z } from 'zod';
import { ProviderError } from '@modelgate/provider-contracts';

/** One tenant of the demo HTTP API: its API token decides the LiteLLM key and the user its calls are for. */
export interface Tenant {
  /** The demo API token (`Authorization: Bearer <token>`) that names this tenant. */
  token: string;
  /** The tenant's LiteLLM virtual key, read from the variable the file names; never from a request. */
  apiKey: string;
  /**
   * The end user the tenant's calls are attributed to. Meant for the request's `user` field (sent to the
   * gateway as OpenAI's `user`) once the contract has it; until then it only names the tenant in logs.
   */
  userId: string;
  /** The variable the key came from, for messages (never the key). */
  keyEnv: string;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `MODELGATE_TENANTS` names a JSON file: `{ "<demo API token>": { "keyEnv": "LITELLM_KEY_TEAM_A", "userId": "u-42" } }`.
 * We own it: unknown fields fail.
 */
const TenantsFile = z.record(
  z.string().min(16, 'a token must be at least 16 characters').regex(/^\S+$/, 'a token must not contain spaces'),
  z.strictObject({
    keyEnv: z.string().regex(ENV_NAME, 'must be an environment variable name'),
    userId: z.string().min(1).max(256),
  }),
);

function misconfigured(message: string): ProviderError {
  return new ProviderError({ code: 'misconfigured', message: `MODELGATE_TENANTS: ${message}` });
}

/**
 * The tenants a tenants file declares, each with its key read from the environment. A bad file, or a variable
 * that is unset, is a `misconfigured` error naming the variable and never a value (tokens and keys alike).
 */
export function parseTenants(text: string, env: Record<string, string | undefined>): Tenant[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw misconfigured('the file is not JSON');
  }
  const parsed = TenantsFile.safeParse(json);
  if (!parsed.success) {
    // A path would be a token: only the rules broken are named.
    // A record key's own issues are nested under "Invalid key in record".
    const rules = parsed.error.issues.flatMap((issue) => (issue.code === 'invalid_key' ? issue.issues.map((inner) => inner.message) : [issue.message]));
    throw misconfigured(`invalid tenants file (${[...new Set(rules)].join('; ')})`);
  }
  const tenants = Object.entries(parsed.data).map(([token, { keyEnv, userId }]) => {
    const apiKey = env[keyEnv];
    if (apiKey === undefined || apiKey.trim() === '' || /\s/.test(apiKey)) {
      throw misconfigured(`the key variable ${keyEnv} of user ${userId} is not set (or holds spaces)`);
    }
    return { token, apiKey, userId, keyEnv };
  });
  if (tenants.length === 0) throw misconfigured('the file declares no tenant');
  return tenants;
}
