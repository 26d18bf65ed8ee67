import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { ProviderError, type ProviderErrorCode, isProviderError } from '@modelgate/provider-contracts';
import { type ErrorBody } from '../shared/api-contract';
import { BodyRejection } from './json-body';
import { toPublicError } from './public-error';
import { SECURITY_HEADERS } from './security-headers';

/**
 * HTTP status of an error raised by a call upstream. The proxy's key and configuration belong to the
 * server, so an upstream 401/403 is the server's failure (502), not the client's.
 */
const UPSTREAM_HTTP_STATUS: Record<ProviderErrorCode, number> = {
  bad_request: 400,
  context_window_exceeded: 400,
  model_not_found: 404,
  rate_limited: 429,
  budget_exceeded: 429,
  aborted: 499,
  tool_failed: 500,
  tool_loop_limit: 500,
  misconfigured: 500,
  unauthorized: 502,
  forbidden: 502,
  upstream: 502,
  invalid_response: 502,
  unreachable: 503,
  timeout: 504,
};

export function httpStatusFor(error: ProviderError): number {
  return UPSTREAM_HTTP_STATUS[error.code];
}

/** The body of a server rejection. */
export function rejectionBody(httpStatus: number, code: ProviderErrorCode, message: string): ErrorBody {
  return { error: new ProviderError({ code, message, status: httpStatus }).toJSON() };
}

/** The body a client gets for a failure upstream: the code and context, never the gateway's own text. */
export function upstreamErrorBody(error: ProviderError): ErrorBody {
  return { error: toPublicError(error.toJSON()) };
}

/** Logs an upstream failure with the library's whole message, which may quote the gateway (redacted there). */
export function logUpstreamFailure(log: FastifyRequest['log'], error: ProviderError, what: string): void {
  if (error.code !== 'aborted') log.warn({ code: error.code, status: error.status, detail: error.message }, what);
}

/**
 * Sends a rejection of the server's own (validation, auth) with the status it chose. The security headers go
 * on here too, for the answers sent before any hook ran (the router's).
 */
export function sendError(reply: FastifyReply, httpStatus: number, code: ProviderErrorCode, message: string): FastifyReply {
  return reply.code(httpStatus).headers(SECURITY_HEADERS).send(rejectionBody(httpStatus, code, message));
}

interface FrameworkError {
  code?: string;
  statusCode?: number;
}

/** Fastify's own rejections of a request, in words that do not echo the request back. */
function describeFrameworkError(error: FrameworkError, bodyLimit: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `Request body is larger than ${bodyLimit} bytes`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Content-Type must be application/json';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'Request body does not match its Content-Length';
    case 'FST_ERR_BAD_URL':
      return 'Request path is not a valid URL path';
    default:
      return 'Request rejected';
  }
}

/** The status a framework error keeps, or null when it is not a rejection of the request (a crash). */
function rejectionStatus(error: FrameworkError): number | null {
  const status = error.statusCode;
  return status !== undefined && status >= 400 && status < 500 ? status : null;
}

/**
 * Every failure answers `{ error: SerializedProviderError }` with the security headers: upstream failures,
 * the framework's rejections (body, media type, parser, router), unknown routes and crashes, whose message and
 * stack stay in the log.
 */
export function registerErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error, request, reply) => {
    if (isProviderError(error)) {
      logUpstreamFailure(request.log, error, 'chat failed');
      return reply.code(httpStatusFor(error)).headers(SECURITY_HEADERS).send(upstreamErrorBody(error));
    }
    if (error instanceof BodyRejection) return sendError(reply, error.statusCode, 'bad_request', error.message);
    const status = rejectionStatus(error as FrameworkError);
    if (status !== null) return sendError(reply, status, 'bad_request', describeFrameworkError(error as FrameworkError, bodyLimit));
    request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, 500, 'upstream', 'Internal error');
  });
  app.setNotFoundHandler(sendNotFound);
}

/** Unknown routes, with nothing of the request (method, path) in the answer. */
export function sendNotFound(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendError(reply, 404, 'bad_request', 'No such route on this server');
}

/**
 * The router's rejections (a malformed percent-encoding), which Fastify raises before any hook: the same
 * typed answer as every other error.
 */
export function answerFrameworkError(bodyLimit: number) {
  return (error: FrameworkError, _request: FastifyRequest, reply: FastifyReply): FastifyReply =>
    sendError(reply, rejectionStatus(error) ?? 400, 'bad_request', describeFrameworkError(error, bodyLimit));
}
