import { createHash, timingSafeEqual } from 'node:crypto';
import { type ErrorAnswer, errors } from './litellm-errors';

type Headers = Record<string, string>;

/** `Bearer x` / `bearer x` / `Basic x` -> `x`; anything else is not a key the proxy will read. */
function stripScheme(value: string): string | null {
  const match = /^(?:Bearer|bearer|Basic) (.*)$/.exec(value);
  return match === null ? null : (match[1] ?? '').trim();
}

function sameKey(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The key a client presented: `x-litellm-api-key` (raw or `Bearer`) wins over `Authorization: Bearer`.
 * Returns undefined when none was sent and null when `Authorization` lacks its scheme.
 */
export function presentedKey(headers: Headers): string | null | undefined {
  const custom = headers['x-litellm-api-key'];
  if (custom !== undefined && custom.trim() !== '') return stripScheme(custom) ?? custom.trim();
  const authorization = headers['authorization'];
  if (authorization === undefined || authorization.trim() === '') return undefined;
  return stripScheme(authorization.trim());
}

/**
 * Checks a request against the master key, answering like the proxy when it fails: the invalid-key
 * message echoes `sk-...<last 4>` and the SHA-256 of the key (issue #39757) — exactly what our clients
 * must never pass on.
 */
export function checkAuth(headers: Headers, masterKey: string | null): ErrorAnswer | null {
  if (masterKey === null) return null;
  const key = presentedKey(headers);
  if (key === undefined || key === '') return errors.missingKey();
  if (key === null) return errors.malformedKey();
  if (sameKey(key, masterKey)) return null;
  // LiteLLM hashes only `sk-` keys before looking them up; any other token is echoed as it came.
  const hashed = key.startsWith('sk-') ? createHash('sha256').update(key).digest('hex') : key;
  return errors.invalidKey(`sk-...${key.slice(-4)}`, hashed);
}
