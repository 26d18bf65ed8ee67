import { type FastifyInstance, type FastifyReply } from 'fastify';
import { ProviderError, type ProviderErrorCode, isProviderError } from '@modelgate/provider-contracts';
import { type ErrorBody } from '../shared/api-contract';

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

export function errorBody(error: ProviderError): ErrorBody {
  return { error: error.toJSON() };
}

/** Sends a rejection of the server's own (validation, auth) with the status it chose. */
export function sendError(reply: FastifyReply, httpStatus: number, code: ProviderErrorCode, message: string): FastifyReply {
  return reply.code(httpStatus).send(errorBody(new ProviderError({ code, message, status: httpStatus })));
}

/** Fastify's own rejections of a request, in words that do not echo the request back. */
function describeFrameworkError(error: { code?: string; statusCode?: number }, bodyLimit: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `Request body is larger than ${bodyLimit} bytes`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Content-Type must be application/json';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'Request body is empty';
    default:
      return error.statusCode === 400 ? 'Request body is not valid JSON' : 'Request rejected';
  }
}

/** Every failure answers `{ error: SerializedProviderError }`; a crash never shows its message or stack. */
export function registerErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error, request, reply) => {
    if (isProviderError(error)) {
      if (error.code !== 'aborted') request.log.warn({ code: error.code, status: error.status }, 'chat failed');
      return reply.code(httpStatusFor(error)).send(errorBody(error));
    }
    const framework = error as { code?: string; statusCode?: number };
    if (framework.statusCode !== undefined && framework.statusCode >= 400 && framework.statusCode < 500) {
      return sendError(reply, framework.statusCode, 'bad_request', describeFrameworkError(framework, bodyLimit));
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, 500, 'upstream', 'Internal error');
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'bad_request', `No route ${request.method} ${request.url.split('?')[0]}`));
}
