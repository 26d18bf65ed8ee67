import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';

/** One OTLP/HTTP export as it arrived: its path (`/v1/traces`, `/v1/metrics`), content type and JSON body. */
export interface OtlpExport {
  path: string;
  contentType: string;
  body: unknown;
}

export interface OtlpReceiver {
  /** `http://127.0.0.1:<port>`, the OTEL_EXPORTER_OTLP_ENDPOINT to give. */
  url: string;
  exports: OtlpExport[];
  close(): Promise<void>;
}

/** A minimal OTLP/HTTP JSON collector on a loopback port: answers every export with success and keeps it. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const exports: OtlpExport[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Kept as text: the test then says what came instead of JSON.
      }
      exports.push({ path: request.url ?? '', contentType: request.headers['content-type'] ?? '', body });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exports,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface OtlpAttribute {
  key: string;
  value: Record<string, unknown>;
}

/** An OTLP/JSON span, with its attributes read into plain values (`intValue` arrives as a string or a number). */
export interface ReceivedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  attributes: Record<string, unknown>;
}

function plain(value: Record<string, unknown>): unknown {
  if ('stringValue' in value) return value['stringValue'];
  if ('intValue' in value) return Number(value['intValue']);
  if ('doubleValue' in value) return value['doubleValue'];
  if ('boolValue' in value) return value['boolValue'];
  if ('arrayValue' in value) return ((value['arrayValue'] as { values?: Record<string, unknown>[] }).values ?? []).map(plain);
  return value;
}

/** Every span of every trace export received. */
export function receivedSpans(receiver: OtlpReceiver): ReceivedSpan[] {
  type Body = { resourceSpans?: { scopeSpans?: { spans?: (Omit<ReceivedSpan, 'attributes'> & { attributes?: OtlpAttribute[] })[] }[] }[] };
  return receiver.exports
    .filter((entry) => entry.path === '/v1/traces')
    .flatMap((entry) => (entry.body as Body).resourceSpans ?? [])
    .flatMap((resource) => resource.scopeSpans ?? [])
    .flatMap((scope) => scope.spans ?? [])
    .map((span) => ({
      name: span.name,
      traceId: span.traceId,
      spanId: span.spanId,
      parentSpanId: span.parentSpanId || undefined,
      attributes: Object.fromEntries((span.attributes ?? []).map(({ key, value }) => [key, plain(value)])),
    }));
}

/** The names of the metrics in every metric export received. */
export function receivedMetricNames(receiver: OtlpReceiver): string[] {
  type Body = { resourceMetrics?: { scopeMetrics?: { metrics?: { name: string }[] }[] }[] };
  return receiver.exports
    .filter((entry) => entry.path === '/v1/metrics')
    .flatMap((entry) => (entry.body as Body).resourceMetrics ?? [])
    .flatMap((resource) => resource.scopeMetrics ?? [])
    .flatMap((scope) => scope.metrics ?? [])
    .map((metric) => metric.name);
}
