import { createHash } from 'node:crypto';
import { type ErrorAnswer, litellmError } from './litellm-errors';
import { type LitellmRelease } from './litellm-release';
import { type SimulatedKey } from './simulator-options';
import { pythonFloat } from './usage';

/** The proxy's rpm window (`parallel_request_limiter_v3.py`: `window_size` 60 s). */
const RPM_WINDOW_MS = 60_000;

interface KeyRow {
  settings: SimulatedKey;
  /** Arrival times of the chats counted against `rpm`, oldest first, within the window. */
  calls: number[];
}

/** `2026-12-02 21:40:00 UTC`, as the proxy formats `reset_at`. */
function utcStamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/**
 * The virtual keys of a proxy with a database (`LiteLLM_VerificationTokenTable`): which models each may use,
 * its budget and its requests-per-minute limit, answering as LiteLLM does (from its source:
 * `auth_checks.py`, `auth_exception_handler.py`, `parallel_request_limiter_v3.py`; tools/conformance/FINDINGS.md).
 */
export class KeyDatabase {
  private readonly rows = new Map<string, KeyRow>();

  constructor(
    keys: readonly SimulatedKey[],
    private readonly release: LitellmRelease,
    private readonly now: () => number = Date.now,
  ) {
    for (const settings of keys) this.rows.set(settings.key, { settings, calls: [] });
  }

  /** Forgets the chats counted against rpm limits. */
  reset(): void {
    for (const row of this.rows.values()) row.calls = [];
  }

  has(key: string): boolean {
    return this.rows.has(key);
  }

  /** Whether the key may see and call `model`: a key without a model list may use every model. */
  allows(key: string | null | undefined, model: string): boolean {
    const models = key ? this.rows.get(key)?.settings.models : undefined;
    return models === undefined || models.length === 0 || models.includes(model);
  }

  /**
   * The refusal of a chat before any model is called, in the proxy's order: model access (401
   * `key_model_access_denied`), budget (`budget_exceeded`: 400 in 1.83, 429 from 1.108), then the rpm limit
   * (429 with `retry-after: 60`). A chat that passes counts against the rpm limit.
   */
  admitChat(key: string | null | undefined, model: string): ErrorAnswer | null {
    const row = key ? this.rows.get(key) : undefined;
    if (row === undefined || key === null || key === undefined) return null;
    const { models, maxBudget, spend = 0, rpm } = row.settings;
    if (!this.allows(key, model)) return this.accessDenied(models ?? [], model);
    if (maxBudget !== undefined && spend >= maxBudget) {
      const message = `Budget has been exceeded! Current cost: ${pythonFloat(spend)}, Max budget: ${pythonFloat(maxBudget)}`;
      return litellmError(this.release.budgetAs429 ? 429 : 400, message, 'budget_exceeded', null);
    }
    const now = this.now();
    while (row.calls.length > 0 && (row.calls[0] ?? 0) <= now - RPM_WINDOW_MS) row.calls.shift();
    if (rpm !== undefined && row.calls.length >= rpm) return this.rateLimited(key, rpm, now);
    row.calls.push(now);
    return null;
  }

  private accessDenied(models: readonly string[], model: string): ErrorAnswer {
    const message = this.release.modelAccessClientMessage
      ? `The requested model '${model}' is not available for this API key, or the model name is invalid. ` +
        'Check the models available to you and try again.'
      : `key not allowed to access model. This key can only access models=${pythonList(models)}. Tried to access ${model}`;
    return litellmError(401, message, 'key_model_access_denied', 'model');
  }

  /** The limiter's HTTPException: its detail as the message, with the window as `retry-after`. */
  private rateLimited(key: string, rpm: number, now: number): ErrorAnswer {
    const hashed = createHash('sha256').update(key).digest('hex');
    const resetAt = utcStamp(now + RPM_WINDOW_MS);
    const message =
      `Rate limit exceeded for api_key: ${hashed}. Limit type: requests. ` +
      `Current limit: ${rpm}, Remaining: 0. Limit resets at: ${resetAt}`;
    const answer = litellmError(429, message, 'None', 'None');
    return { ...answer, headers: { 'retry-after': String(RPM_WINDOW_MS / 1000), rate_limit_type: 'requests', reset_at: resetAt } };
  }
}

/** Python's `str()` of a list of strings: `['a', 'b']`. */
function pythonList(items: readonly string[]): string {
  return `[${items.map((item) => `'${item}'`).join(', ')}]`;
}
