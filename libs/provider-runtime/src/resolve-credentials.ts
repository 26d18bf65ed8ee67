import { type CredentialResolver, type Credentials, ProviderError } from '@modelgate/provider-contracts';

/**
 * The key credentials stand for: the key itself, or what the resolver answers for the name. A resolver
 * that is missing, rejects or answers something that is not a key fails the call with the name alone:
 * its own words may hold the key or the vault's secrets, so they are not repeated, not even as a cause.
 */
export function resolveCredentials(
  credentials: Credentials,
  resolver: CredentialResolver | undefined,
  provider: string,
): string | Promise<string> {
  if ('apiKey' in credentials) return credentials.apiKey;
  const { name } = credentials;
  if (resolver === undefined) {
    throw new ProviderError({ code: 'misconfigured', message: `No CredentialResolver is bound to resolve "${name}"`, provider });
  }
  const refused = () =>
    new ProviderError({ code: 'unauthorized', message: `The credential "${name}" could not be resolved`, provider });
  const accept = (key: unknown): string => {
    if (typeof key !== 'string' || key === '') throw refused();
    return key;
  };
  let answer: string | Promise<string>;
  try {
    answer = resolver.resolve(name, { provider });
  } catch {
    throw refused();
  }
  return answer instanceof Promise ? answer.then(accept, () => Promise.reject(refused())) : accept(answer);
}
