import { createHash, timingSafeEqual } from 'node:crypto';
import { type ErrorAnswer, errors } from './litellm-errors';

type Headers = Record<string, string>;

/** How the proxy checks keys: against the master key only, or also against a key database. */
export interface KeyCheck {
  /** null: the proxy enforces no auth. */
  masterKey: string | null;
  /** Whether the proxy has a database of virtual keys (`DATABASE_URL`). */
  database: boolean;
  /** LiteLLM 1.108 answers a missing or malformed key with a bare `500 text/plain` (litellm-release.ts). */
  keylessAs500?: boolean;
  /** The database's virtual keys, accepted beside the master key. */
  virtualKeys?: { has(key: string): boolean };
}

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
 * A key that is not the master key, judged by a proxy with a key database (`user_api_key_auth.py`): a key
 * without `sk-` is refused as not a virtual key, showing its first and last four characters; an unknown
 * `sk-` key gets the 401 that echoes `sk-...<last 4>` and the key's SHA-256 (issue #39757).
 */
export function unknownKeyWithDatabase(key: string): ErrorAnswer {
  if (!key.startsWith('sk-')) return errors.notVirtualKey(key.length > 8 ? `${key.slice(0, 4)}****${key.slice(-4)}` : '****');
  return errors.invalidKey(`sk-...${key.slice(-4)}`, createHash('sha256').update(key).digest('hex'));
}

/**
 * Checks a request's key, answering like the proxy when it fails. A proxy without a database (run from a
 * master key alone, the default here) answers every other key, `sk-` or not, with `400 no_db_connection`,
 * as LiteLLM 1.83 does: it has nowhere to look the key up.
 */
export function checkAuth(headers: Headers, check: KeyCheck): ErrorAnswer | null {
  if (check.masterKey === null) return null;
  const key = presentedKey(headers);
  if (check.keylessAs500 && (key === undefined || key === '' || key === null)) return errors.bareInternalError();
  if (key === undefined || key === '') return errors.missingKey();
  if (key === null) return errors.malformedKey();
  if (sameKey(key, check.masterKey) || check.virtualKeys?.has(key)) return null;
  return check.database ? unknownKeyWithDatabase(key) : errors.noDbConnection();
}
