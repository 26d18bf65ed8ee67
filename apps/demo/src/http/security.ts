import { createHash, timingSafeEqual } from 'node:crypto';
import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { sendError } from './errors';

/** On every response, the SSE stream included. Everything the page needs comes from this origin. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface SecurityOptions {
  /** When set, `/api/*` asks for `Authorization: Bearer <token>`. */
  apiToken?: string;
  /**
   * The server listens on loopback only: then a request must also name a loopback host, so a web page on
   * another site cannot reach it through DNS rebinding.
   */
  loopbackOnly: boolean;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

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

function hasToken(request: FastifyRequest, expected: Buffer): boolean {
  const match = /^Bearer ([^\s]+)$/.exec(request.headers.authorization ?? '');
  // Comparing digests keeps the check constant-time whatever the length of the token sent.
  return match !== null && timingSafeEqual(digest(match[1]), expected);
}

export function registerSecurity(app: FastifyInstance, options: SecurityOptions): void {
  const expected = options.apiToken === undefined ? null : digest(options.apiToken);
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (options.loopbackOnly && !LOOPBACK_HOSTS.has(parseHost(request.headers.host)?.hostname ?? '')) {
      return sendError(reply, 403, 'forbidden', 'This server answers only requests addressed to localhost');
    }
    if (isCrossOrigin(request)) {
      return sendError(reply, 403, 'forbidden', 'Cross-origin requests are not allowed');
    }
    if (expected && request.url.startsWith('/api/') && !hasToken(request, expected)) {
      reply.header('www-authenticate', 'Bearer');
      return sendError(reply, 401, 'unauthorized', 'This server needs its API token: Authorization: Bearer <DEMO_API_TOKEN>');
    }
    return undefined;
  });
}
