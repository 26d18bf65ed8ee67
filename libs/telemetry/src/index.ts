export { Telemetry, ModelgateTelemetry, type TelemetryOptions, defaultTelemetry } from './telemetry';
export {
  OperationTrace,
  TurnTrace,
  ToolTrace,
  traceOperation,
  untracedOperation,
  errorType,
  type OperationStart,
  type OperationOutcome,
  type TurnOutcome,
} from './operation-trace';
export { chatStart, chatOutcome, providerModelOf, type ChatTarget } from './chat-attributes';
export { embeddingStart, embeddingOutcome } from './embedding-attributes';
export { serverAttributes } from './server-address';
export { ATTR, METRIC, BUCKETS, SEMCONV_VERSION } from './semconv';
export { traceDiscovery } from './discovery-trace';
