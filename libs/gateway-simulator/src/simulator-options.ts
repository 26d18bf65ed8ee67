import { z } from 'zod';
import { type RecordedChatRequest } from './chat-request';
import { Fault, Reply } from './reply';

export type ReplyFunction = (request: RecordedChatRequest) => Reply;

/** One public model name of the simulated proxy (a model group when it has several deployments). */
export const SimulatedModel = z.strictObject({
  /** The public `model_name`, e.g. 'gpt-4o-mini', or a wildcard route such as 'openai/*'. */
  id: z.string().min(1),
  /** Raw `/model/info` `model_info` fields (mode, max_input_tokens, prices, supports_* ...). */
  modelInfo: z.record(z.string(), z.unknown()).optional(),
  /** Raw `litellm_params`; defaults to `{ model: 'openai/<id>' }`. */
  litellmParams: z.record(z.string(), z.unknown()).optional(),
  /** How many `/model/info` entries share this `model_name`. */
  deployments: z.number().int().positive().max(64).optional(),
  /**
   * How every request to the model fails when nothing is queued, like a proxy model configured with one of
   * LiteLLM's `mock_response` error strings (`litellm.RateLimitError`, `litellm.InternalServerError`...).
   */
  fault: Fault.optional(),
  /** The answer when nothing is queued; defaults to the scripted brain. */
  reply: z.union([Reply, z.custom<ReplyFunction>((value) => typeof value === 'function')]).optional(),
});
export type SimulatedModel = z.infer<typeof SimulatedModel>;

/** One virtual key of the proxy's database, as `/key/generate` would make it. */
export const SimulatedKey = z.strictObject({
  /** The key itself, `sk-...` as the proxy requires. */
  key: z.string().startsWith('sk-'),
  /** Model names the key may see and call; absent or empty: every model. */
  models: z.array(z.string().min(1)).optional(),
  /** USD; a key whose `spend` reached it is refused with `budget_exceeded`. */
  maxBudget: z.number().nonnegative().optional(),
  /** USD already spent, as the database says. */
  spend: z.number().nonnegative().optional(),
  /** Chats per minute (a sliding 60 s window); past it a 429 with `retry-after: 60`. */
  rpm: z.number().int().positive().optional(),
});
export type SimulatedKey = z.infer<typeof SimulatedKey>;

export const SimulatorFlavor = z.enum(['litellm', 'vllm']);
export type SimulatorFlavor = z.infer<typeof SimulatorFlavor>;

export const SimulatorOptions = z.strictObject({
  /** Loopback only by default. */
  host: z.string().min(1).optional(),
  /** 0 picks any free port. */
  port: z.number().int().min(0).max(65535).optional(),
  /** When set, every route but the liveliness and readiness probes needs this key. */
  masterKey: z.string().min(1).nullish(),
  /**
   * Whether the proxy has a key database. Without one (the default, like a proxy run from a master key
   * alone) any other key gets `400 no_db_connection`; with one, an unknown key gets the 401 that echoes
   * its hash (issue #39757). The vLLM flavour always answers a wrong key with 401.
   */
  database: z.boolean().optional(),
  /**
   * Virtual keys of the proxy's database (needs `masterKey`; implies `database`): each sees only its models
   * on `/v1/models` and `/model/info`, and its chats meet its model list, budget and rpm limit.
   */
  keys: z.array(SimulatedKey).optional(),
  models: z.array(SimulatedModel).optional(),
  /** `vllm`: no /model/info, no x-litellm-* headers, models owned by 'vllm'. */
  flavor: SimulatorFlavor.optional(),
  /**
   * The LiteLLM release to answer like where releases differ (litellm-release.ts): `1.83.14` (default) or
   * `1.108.7`; any release from 1.108 on answers like 1.108.7.
   */
  litellmVersion: z.string().regex(/^\d+\.\d+\.\d+/, 'must be major.minor.patch').optional(),
  /** Sent as `x-litellm-version` and in readiness; defaults to `litellmVersion`. */
  version: z.string().min(1).optional(),
});
export type SimulatorOptions = z.infer<typeof SimulatorOptions>;

export const DEFAULT_LITELLM_VERSION = '1.83.14';
