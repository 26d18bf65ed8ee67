import { type Context, defaultTextMapSetter, isSpanContextValid, type Span, type TextMapPropagator } from '@opentelemetry/api';

/**
 * The W3C `traceparent`/`tracestate` (or whatever the propagator writes) for a request made under `span`, so
 * the gateway's own spans join the trace; `undefined` when there is no trace to join (no SDK registered).
 */
export function traceHeaders(propagator: TextMapPropagator, span: Span, spanContext: Context): Record<string, string> | undefined {
  if (!isSpanContextValid(span.spanContext())) return undefined;
  const headers: Record<string, string> = {};
  propagator.inject(spanContext, headers, defaultTextMapSetter);
  return Object.keys(headers).length > 0 ? headers : undefined;
}
