import { timingSafeEqual } from 'node:crypto';
import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { type Tenant } from '../config/tenants';
import { sendError } from './errors';
import { digest, presentedTokenDigest } from './security';

const tenantOfRequest = new WeakMap<FastifyRequest, Tenant>();

/** The tenant whose token the request carried; `undefined` on a server without tenants. */
export function tenantOf(request: FastifyRequest): Tenant | undefined {
  return tenantOfRequest.get(request);
}

/**
 * With tenants, every `/api` request needs one tenant's token, and that token alone decides the key its
 * discoveries and chats use: nothing in a request can name a key or a base URL. Every tenant's digest is
 * compared, so the time taken does not tell which one nearly matched.
 */
export function requireTenant(api: FastifyInstance, tenants: readonly Tenant[] | undefined): void {
  if (tenants === undefined) return;
  const known = tenants.map((tenant) => ({ tenant, expected: digest(tenant.token) }));
  api.addHook('onRequest', async (request, reply) => {
    const presented = presentedTokenDigest(request);
    let found: Tenant | undefined;
    for (const { tenant, expected } of known) if (presented !== null && timingSafeEqual(presented, expected)) found = tenant;
    if (found !== undefined) {
      tenantOfRequest.set(request, found);
      return undefined;
    }
    reply.header('www-authenticate', 'Bearer');
    return sendError(reply, 401, 'unauthorized', "This server needs a tenant's API token (MODELGATE_TENANTS) in the Authorization header, scheme Bearer");
  });
}
