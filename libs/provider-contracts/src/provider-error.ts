import { z } from 'zod';
import { Cost } from './cost';
import { Timing } from './timing';
import { Usage } from './usage';

/** Every failure a caller can see, by what it means to them rather than by transport detail. */
export const ProviderErrorCode = z.enum([
  'unreachable',
  'unauthorized',
  'forbidden',
  'rate_limited',
  'budget_exceeded',
  'bad_request',
  'model_not_found',
  'context_window_exceeded',
  'timeout',
  'aborted',
  'upstream',
  'invalid_response',
  'tool_failed',
  'tool_loop_limit',
  'misconfigured',
]);
export type ProviderErrorCode = z.infer<typeof ProviderErrorCode>;

/** Codes worth trying again as they are: the same request may succeed later. */
const RETRYABLE_BY_DEFAULT: ReadonlySet<ProviderErrorCode> = new Set([
  'unreachable',
  'rate_limited',
  'timeout',
  'upstream',
]);

// A marker shared by every copy of this package, so `isProviderError` holds across bundles.
const PROVIDER_ERROR_MARK = Symbol.for('modelgate.ProviderError');

// Keys look like `sk-...`; bearer headers may carry any token. Neither may reach a message.
const SECRET_PATTERNS: readonly RegExp[] = [/sk-[A-Za-z0-9_\-.]{3,}/g, /Bearer\s+[^\s"',}]+/gi];

/** What every secret pattern starts with: most texts (the SDK's log line of each request) have none. */
const SECRET_HINT = /sk-|bearer/i;

/** Removes anything shaped like an API key or bearer token from a text meant for people or logs. */
export function redactSecrets(text: string): string {
  if (!SECRET_HINT.test(text)) return text;
  return SECRET_PATTERNS.reduce((acc, pattern) => acc.replace(pattern, '[redacted]'), text);
}

/** The shape an error takes on the wire (HTTP API, CLI `--json`): never a cause, a body or a key. */
export const SerializedProviderError = z.object({
  name: z.literal('ProviderError'),
  code: ProviderErrorCode,
  message: z.string(),
  retryable: z.boolean(),
  /** HTTP status from the upstream, when there was one. */
  status: z.number().int().nullable(),
  provider: z.string().nullable(),
  model: z.string().nullable(),
  /** The gateway's call id (`x-litellm-call-id`) or the upstream request id. */
  requestId: z.string().nullable(),
  /** How long the upstream asked us to wait, from `retry-after`; optional for errors serialised before it. */
  retryAfterMs: z.number().nonnegative().nullable().optional(),
  /**
   * What the call had used when it failed after the model answered (structured output that does not
   * validate, the tool loop limit, a tool error): every turn's usage, their cost and the call's timing.
   * `null` when it failed before any answer; optional for errors serialised before them.
   */
  usage: Usage.nullable().optional(),
  cost: Cost.nullable().optional(),
  timing: Timing.nullable().optional(),
});
export type SerializedProviderError = z.infer<typeof SerializedProviderError>;

/** The fields of the wire shape, read off the schema so the list is written once. */
const SERIALIZED_FIELDS = Object.keys(SerializedProviderError.shape) as (keyof SerializedProviderError)[];

type ContextFields = Omit<SerializedProviderError, 'name' | 'code' | 'message' | 'retryable'>;

export interface ProviderErrorOptions extends Partial<ContextFields> {
  code: ProviderErrorCode;
  message: string;
  /** Defaults by code: unreachable, rate_limited, timeout and upstream are retryable. */
  retryable?: boolean;
  /** The model's raw text, for structured output that failed to parse or validate. */
  rawText?: string | null;
  cause?: unknown;
}

/** The one error class of modelgate: a code, whether to retry, and context free of secrets and prompts. */
export class ProviderError extends Error {
  readonly [PROVIDER_ERROR_MARK] = true;
  declare readonly name: 'ProviderError';
  readonly code: ProviderErrorCode;
  readonly retryable: boolean;
  readonly status: number | null;
  readonly provider: string | null;
  readonly model: string | null;
  readonly requestId: string | null;
  readonly retryAfterMs: number | null;
  readonly rawText: string | null;
  readonly usage: Usage | null;
  readonly cost: Cost | null;
  readonly timing: Timing | null;

  constructor(options: ProviderErrorOptions) {
    super(redactSecrets(options.message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ProviderError';
    this.code = options.code;
    this.retryable = options.retryable ?? RETRYABLE_BY_DEFAULT.has(options.code);
    this.status = options.status ?? null;
    this.provider = options.provider ?? null;
    this.model = options.model ?? null;
    this.requestId = options.requestId ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.rawText = options.rawText ?? null;
    this.usage = options.usage ?? null;
    this.cost = options.cost ?? null;
    this.timing = options.timing ?? null;
  }

  /** A copy with more context (provider, model...) and the same code, message and cause. */
  with(context: Partial<Omit<ProviderErrorOptions, 'code' | 'message'>>): ProviderError {
    return new ProviderError({ ...this.toJSON(), rawText: this.rawText, cause: this.cause, ...context });
  }

  toJSON(): SerializedProviderError {
    const json: Record<string, unknown> = {};
    for (const field of SERIALIZED_FIELDS) json[field] = this[field];
    return json as SerializedProviderError;
  }
}

export function isProviderError(value: unknown): value is ProviderError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PROVIDER_ERROR_MARK] === true;
}
