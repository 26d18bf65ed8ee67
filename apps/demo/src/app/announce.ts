import { displayUrl } from '../shared/display-url';
import { type Gateway } from './gateway';

/** The one line that says which proxy the demo talks to; never a key, never a URL's credentials. */
export function describeGateway(gateway: Gateway, env: Record<string, string | undefined>): string {
  if (!gateway.embedded) return `modelgate demo: LiteLLM proxy at ${displayUrl(gateway.baseUrl)}`;
  const ignoredKey = env['LITELLM_API_KEY'] ? ' (LITELLM_API_KEY is ignored without it)' : '';
  return `modelgate demo: LITELLM_BASE_URL is not set, using the embedded gateway simulator at ${displayUrl(gateway.baseUrl)}${ignoredKey}`;
}
