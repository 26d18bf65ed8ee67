import { randomBytes } from 'node:crypto';

/**
 * A fresh API key shaped like a real one (`sk-...`, so redaction must catch it) and unique to the test,
 * so that finding it in a log line, a message or a body can only mean it leaked from this test.
 */
export function canaryKey(label?: string): string {
  return `sk-canary-${label ? `${label}-` : ''}${randomBytes(12).toString('hex')}`;
}
