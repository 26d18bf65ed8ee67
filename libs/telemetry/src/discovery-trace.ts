import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { type DiscoveryReport } from '@modelgate/provider-contracts';
import { endWithError } from './operation-trace';
import { ATTR } from './semconv';
import { type Telemetry } from './telemetry';
import { traceHeaders } from './trace-headers';

/**
 * A discovery run in one span, `discovery`, with an event per provider report (its status, model count and,
 * when it failed, the error code): discovery answers with reports rather than throwing, so a report that is
 * not `ready` or `empty` marks the span as failed. `run` gets the span's trace headers for its requests, so the
 * gateway's spans of `/v1/models` and `/model/info` join the trace (`undefined` when nothing is traced).
 */
export async function traceDiscovery(
  telemetry: Telemetry,
  providerId: string | undefined,
  run: (headers: Record<string, string> | undefined) => Promise<DiscoveryReport[]>,
): Promise<DiscoveryReport[]> {
  const span = telemetry.tracer.startSpan('discovery', providerId === undefined ? {} : { attributes: { [ATTR.providerName]: providerId } });
  let reports: DiscoveryReport[];
  try {
    reports = await run(traceHeaders(telemetry.propagator, span, trace.setSpan(context.active(), span)));
  } catch (error) {
    endWithError(span, error);
    throw error;
  }
  if (!span.isRecording()) {
    span.end();
    return reports;
  }
  for (const report of reports) {
    span.addEvent('discovery.report', {
      [ATTR.providerName]: report.provider,
      [ATTR.discoveryStatus]: report.status,
      [ATTR.discoveryModels]: report.models.length,
      ...(report.error && { [ATTR.errorType]: report.error.code }),
    });
  }
  const failed = reports.find((report) => report.error !== null);
  if (failed?.error) {
    span.setAttribute(ATTR.errorType, failed.error.code);
    span.setStatus({ code: SpanStatusCode.ERROR, message: failed.error.message });
  }
  span.end();
  return reports;
}
