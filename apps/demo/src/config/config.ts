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

/** A server's root URL; its key has a variable of its own, so credentials in the URL are refused. */
const baseUrl = (keyVariable: string, example: string) =>
  z
    // `abort`: the credentials check parses the URL, which throws for text that is not one.
    .url({ protocol: /^https?$/, error: `must be an http(s) URL such as ${example}`, abort: true })
    .refine((url) => {
      const parsed = new URL(url);
      return parsed.username === '' && parsed.password === '';
    }, `must not contain a user or password; put the key in ${keyVariable}`);

const ApiKey = z.string().regex(/^\S+$/, 'must not contain spaces');

const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** Every setting of the demo, read from the environment once, at start-up. */
export const DemoEnv = z
  .object({
    /**
     * The LiteLLM proxy and the vLLM server: each provider runs when its own URL is set, never on the other's
     * URL or key. With neither, the demo runs its embedded gateway simulator as LiteLLM.
     */
    LITELLM_BASE_URL: optional(baseUrl('LITELLM_API_KEY', 'http://127.0.0.1:4000')),
    LITELLM_API_KEY: optional(ApiKey),
    VLLM_BASE_URL: optional(baseUrl('VLLM_API_KEY', 'http://127.0.0.1:8000')),
    /** Only for a server started with `vllm serve --api-key`. */
    VLLM_API_KEY: optional(ApiKey),
    PORT: optional(integer(0, 65_535)),
    HOST: optional(z.string().regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or IP address')),
    /** When set, every /api route asks for `Authorization: Bearer <token>`. */
    DEMO_API_TOKEN: optional(z.string().min(16, 'must be at least 16 characters').regex(/^\S+$/, 'must not contain spaces')),
    /** A JSON file of tenants (config/tenants.ts): each API token gets its own LiteLLM key; replaces DEMO_API_TOKEN. */
    MODELGATE_TENANTS: optional(z.string().min(1)),
    MODELGATE_TIMEOUT_MS: optional(integer(1, 600_000)),
    MODELGATE_MAX_RETRIES: optional(integer(0, 5)),
    /** Any value but 0/false/no/off turns on debug logs and stack traces. */
    DEBUG: z.string().optional(),
  })
  .refine((env) => env.DEMO_API_TOKEN === undefined || env.MODELGATE_TENANTS === undefined, {
    message: 'is set together with DEMO_API_TOKEN: with tenants, their tokens are the API tokens',
    path: ['MODELGATE_TENANTS'],
  })
  .transform((env) => {
    // One timeout and one retry count for every provider: they bound a call, whichever server answers it.
    const calls = { timeoutMs: env.MODELGATE_TIMEOUT_MS, maxRetries: env.MODELGATE_MAX_RETRIES };
    return {
      litellm: { baseUrl: env.LITELLM_BASE_URL, apiKey: env.LITELLM_API_KEY, ...calls },
      vllm: { baseUrl: env.VLLM_BASE_URL, apiKey: env.VLLM_API_KEY, ...calls },
      server: { host: env.HOST ?? '127.0.0.1', port: env.PORT ?? 3000, apiToken: env.DEMO_API_TOKEN, tenantsFile: env.MODELGATE_TENANTS },
      debug: env.DEBUG !== undefined && env.DEBUG !== '' && !FALSE_WORDS.has(env.DEBUG.toLowerCase()),
    };
  });
export type DemoConfig = z.output<typeof DemoEnv>;
/** The settings of one provider's server; `baseUrl` unset means the provider is not configured. */
export type UpstreamConfig = DemoConfig['litellm'];

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
