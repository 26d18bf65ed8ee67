import { createHash, timingSafeEqual } from 'node:crypto';
import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { sendError } from './errors';
import { SECURITY_HEADERS } from './security-headers';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface SecurityOptions {
  /**
   * The server listens on loopback only: then a request must also name a loopback host, so a web page on
   * another site cannot reach it through DNS rebinding.
   */
  loopbackOnly: boolean;
}

export const digest = (text: string) => createHash('sha256').update(text).digest();

/** The Host header as a URL reads it (default port dropped), or null when it is not a host. */
function parseHost(hostHeader: string | undefined): URL | null {
  if (!hostHeader) return null;
  try {
    return new URL(`http://${hostHeader}`);
  } catch {
    return null;
  }
}

/** A browser names the page's origin; only the server's own origin may call it (CORS stays closed). */
function isCrossOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== parseHost(request.headers.host)?.host;
  } catch {
    return true;
  }
}

/** RFC 7235: the scheme is case-insensitive and followed by one or more spaces. */
const BEARER = /^bearer +(\S+)$/i;

/** The digest of the bearer token a request sent, or null without one. */
export function presentedTokenDigest(request: FastifyRequest): Buffer | null {
  const match = BEARER.exec(request.headers.authorization ?? '');
  const token = match?.[1];
  return token === undefined ? null : digest(token);
}

function hasToken(request: FastifyRequest, expected: Buffer): boolean {
  const presented = presentedTokenDigest(request);
  // Comparing digests keeps the check constant-time whatever the length of the token sent.
  return presented !== null && timingSafeEqual(presented, expected);
}

/**
 * Security headers and the Host and Origin checks, on every request the router takes (the page, the API and
 * unknown paths alike): neither depends on the path.
 */
export function registerSecurity(app: FastifyInstance, options: SecurityOptions): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (options.loopbackOnly && !LOOPBACK_HOSTS.has(parseHost(request.headers.host)?.hostname ?? '')) {
      return sendError(reply, 403, 'forbidden', 'This server answers only requests addressed to localhost');
    }
    if (isCrossOrigin(request)) {
      return sendError(reply, 403, 'forbidden', 'Cross-origin requests are not allowed');
    }
    return undefined;
  });
}

/**
 * The API token, asked for by the `/api` scope itself: its hook runs for the routes the router matched in that
 * scope and for its not-found handler, whatever spelling of the path got there (`/%61pi/...`, `/api//...`).
 */
export function requireApiToken(api: FastifyInstance, apiToken: string | undefined): void {
  if (apiToken === undefined) return;
  const expected = digest(apiToken);
  api.addHook('onRequest', async (request, reply) => {
    if (hasToken(request, expected)) return undefined;
    reply.header('www-authenticate', 'Bearer');
    return sendError(reply, 401, 'unauthorized', 'This server needs its API token (DEMO_API_TOKEN) in the Authorization header, scheme Bearer');
  });
}
