import { z } from 'zod';
import { ProviderError } from '@modelgate/provider-contracts';

// Container and .env files often set a variable to '' to mean "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be from ${min} to ${max}`).max(max, `must be from ${min} to ${max}`));

const BaseUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:4000' })
  .refine((url) => {
    const parsed = new URL(url);
    return parsed.username === '' && parsed.password === '';
  }, 'must not contain a user or password; put the key in LITELLM_API_KEY');

const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** Every setting of the demo, read from the environment once, at start-up. */
export const DemoEnv = z
  .object({
    /** The LiteLLM proxy; without it the demo runs its embedded gateway simulator. No other fallback. */
    LITELLM_BASE_URL: optional(BaseUrl),
    LITELLM_API_KEY: optional(z.string().regex(/^\S+$/, 'must not contain spaces')),
    PORT: optional(integer(0, 65_535)),
    HOST: optional(z.string().regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or IP address')),
    /** When set, every /api route asks for `Authorization: Bearer <token>`. */
    DEMO_API_TOKEN: optional(z.string().min(16, 'must be at least 16 characters').regex(/^\S+$/, 'must not contain spaces')),
    MODELGATE_TIMEOUT_MS: optional(integer(1, 600_000)),
    MODELGATE_MAX_RETRIES: optional(integer(0, 5)),
    /** Any value but 0/false/no/off turns on debug logs and stack traces. */
    DEBUG: z.string().optional(),
  })
  .transform((env) => ({
    litellm: {
      baseUrl: env.LITELLM_BASE_URL,
      apiKey: env.LITELLM_API_KEY,
      timeoutMs: env.MODELGATE_TIMEOUT_MS,
      maxRetries: env.MODELGATE_MAX_RETRIES,
    },
    server: { host: env.HOST ?? '127.0.0.1', port: env.PORT ?? 3000, apiToken: env.DEMO_API_TOKEN },
    debug: env.DEBUG !== undefined && env.DEBUG !== '' && !FALSE_WORDS.has(env.DEBUG.toLowerCase()),
  }));
export type DemoConfig = z.output<typeof DemoEnv>;

/**
 * Reads the demo's settings. A bad value is a `misconfigured` error naming the variable and the rule it
 * breaks, never the value itself (it may be a key).
 */
export function loadConfig(env: Record<string, string | undefined>): DemoConfig {
  const parsed = DemoEnv.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new ProviderError({ code: 'misconfigured', message: problems.join('; ') });
}
