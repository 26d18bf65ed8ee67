import { z } from 'zod';
import { ProviderError } from '@modelgate/provider-contracts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** `none` (the default), `console` or `otlp`, as the OpenTelemetry SDKs read these variables. */
const Exporter = optional(z.enum(['none', 'console', 'otlp'], { error: 'must be none, console or otlp' }));
const Endpoint = optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:4318' }));

/**
 * The standard OpenTelemetry variables the demo honours. OTLP goes over HTTP with JSON bodies, the one
 * protocol the demo ships an exporter for: any other value is refused rather than silently replaced.
 */
export const OtelEnv = z
  .object({
    OTEL_TRACES_EXPORTER: Exporter,
    OTEL_METRICS_EXPORTER: Exporter,
    OTEL_EXPORTER_OTLP_ENDPOINT: Endpoint,
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: Endpoint,
    OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: Endpoint,
    OTEL_EXPORTER_OTLP_PROTOCOL: optional(z.literal('http/json', { error: 'must be http/json (the demo exports OTLP as JSON over HTTP)' })),
    OTEL_SERVICE_NAME: optional(z.string().min(1)),
    /** Any value but 0/false/no/off puts prompts and answers on the spans. */
    MODELGATE_OTEL_RECORD_CONTENT: optional(z.enum(['1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'])),
  })
  .transform((env) => {
    // The spec's default endpoint, and its per-signal paths under it.
    const base = (env.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'http://localhost:4318').replace(/\/+$/, '');
    return {
      traces: env.OTEL_TRACES_EXPORTER ?? 'none',
      metrics: env.OTEL_METRICS_EXPORTER ?? 'none',
      tracesUrl: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? `${base}/v1/traces`,
      metricsUrl: env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT ?? `${base}/v1/metrics`,
      serviceName: env.OTEL_SERVICE_NAME ?? 'modelgate-demo',
      recordContent: ['1', 'true', 'yes', 'on'].includes(env.MODELGATE_OTEL_RECORD_CONTENT ?? ''),
    };
  });
export type OtelConfig = z.output<typeof OtelEnv>;

/** Reads the OTEL_* settings; a bad one is a `misconfigured` error naming the variable. */
export function loadOtelConfig(env: Record<string, string | undefined>): OtelConfig {
  const parsed = OtelEnv.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new ProviderError({ code: 'misconfigured', message: problems.join('; ') });
}
