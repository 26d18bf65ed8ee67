import { z } from 'zod';

/**
 * The key one call (or one discovery) uses instead of the provider module's: the key itself, or the name of
 * a credential the application resolves through its `CredentialResolver` (a tenant id, a vault path). Keys
 * are never logged, never put in an error and never returned in a result.
 */
export const Credentials = z.union([
  z.strictObject({ apiKey: z.string().min(1) }),
  /** Resolved by the bound `CredentialResolver`; the name itself is no secret and may appear in errors. */
  z.strictObject({ name: z.string().min(1).max(200) }),
]);
export type Credentials = z.infer<typeof Credentials>;

/** Where a named credential is asked for: the provider it will be sent to. */
export interface CredentialContext {
  provider: string;
}

/**
 * Turns a credential name into the key to send. The application binds it (`createModelgate({ credentialResolver })`);
 * a rejection, or an answer that is not a key, fails the call as `unauthorized` without repeating what it said.
 */
export interface CredentialResolver {
  resolve(name: string, context: CredentialContext): string | Promise<string>;
}
export const CredentialResolver = Symbol.for('modelgate.CredentialResolver');

/**
 * Derives the id of a key's scope (the models, store state and registry entries that key sees) without
 * revealing the key: a keyed hash, so equal keys share a scope and the id tells nothing of the key. Bound by
 * the runtime, which has the crypto for it; contracts and domain libraries stay browser-safe.
 */
export interface KeyScope {
  of(apiKey: string): string;
}
export const KeyScope = Symbol.for('modelgate.KeyScope');
