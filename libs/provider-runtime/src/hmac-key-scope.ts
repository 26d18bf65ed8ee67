import { createHmac, randomBytes } from 'node:crypto';
import { type KeyScope } from '@modelgate/provider-contracts';

/**
 * Scope ids as HMAC-SHA-256 of the key under a secret drawn once per process: equal keys share a scope, and
 * an id (in the store, a log line, a UI) tells nothing of its key, not even to someone who guesses keys,
 * since the secret never leaves the process.
 */
export class HmacKeyScope implements KeyScope {
  constructor(private readonly secret: Buffer = PROCESS_SECRET) {}

  of(apiKey: string): string {
    return createHmac('sha256', this.secret).update(apiKey).digest('hex').slice(0, 32);
  }
}

const PROCESS_SECRET = randomBytes(32);
