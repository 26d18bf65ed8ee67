import { type FastifyRequest } from 'fastify';
import { LITELLM_PROVIDER_ID } from '@modelgate/provider-litellm';
import { tenantOf } from './tenant-auth';

/**
 * The credentials a request's tenant gives for a provider: its LiteLLM key, for LiteLLM alone (a tenant key
 * never goes to another server); none on a server without tenants, where the module's key is used.
 */
export function tenantCredentials(request: FastifyRequest, providerId: string | undefined): { apiKey: string } | undefined {
  const tenant = tenantOf(request);
  return tenant !== undefined && providerId === LITELLM_PROVIDER_ID ? { apiKey: tenant.apiKey } : undefined;
}

/**
 * What a tenant's request adds to a call: its key (for LiteLLM, as above) and its user, whatever the body
 * says (the token decides who is billed, as it decides the key). Nothing on a server without tenants.
 */
export function tenantCallFields(request: FastifyRequest, providerId: string | undefined): { credentials?: { apiKey: string }; user?: string } {
  const tenant = tenantOf(request);
  if (tenant === undefined) return {};
  const credentials = tenantCredentials(request, providerId);
  return { ...(credentials && { credentials }), user: tenant.userId };
}
