import { type ProviderErrorCode, type SerializedProviderError } from '@modelgate/provider-contracts';

/**
 * What a client is told of a failure upstream, by code, in this server's words. A library message can quote
 * the gateway's own error text (a model backend's, a proxy's stack, a key's tail); that text goes to the
 * server log only.
 */
const PUBLIC_MESSAGE: Record<ProviderErrorCode, string> = {
  unreachable: 'The gateway could not be reached',
  unauthorized: "The gateway refused this server's key",
  forbidden: "The gateway does not allow this server's key to do this",
  rate_limited: 'The gateway is rate limiting this server; try again later',
  budget_exceeded: "The gateway key's budget is used up",
  bad_request: 'The gateway refused the request',
  model_not_found: 'The gateway does not serve this model',
  context_window_exceeded: "The conversation does not fit the model's context window",
  timeout: 'The call did not finish in time',
  aborted: 'The call was aborted',
  upstream: 'The gateway or its model backend failed',
  invalid_response: 'The gateway sent an answer this server cannot read',
  tool_failed: 'A tool of this server failed',
  tool_loop_limit: 'The model called tools more times than this server allows',
  misconfigured: "The server's gateway configuration does not work",
};

/** A serialised upstream error with its message replaced by the server's words for its code. */
export function toPublicError(error: SerializedProviderError): SerializedProviderError {
  return { ...error, message: PUBLIC_MESSAGE[error.code] };
}
