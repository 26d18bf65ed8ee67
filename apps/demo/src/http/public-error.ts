import { type ProviderErrorCode, type SerializedProviderError } from '@modelgate/provider-contracts';

/**
 * What a client is told of a failure upstream, for the codes whose library message can quote the gateway's
 * own error text (a model backend's, a proxy's stack, a key's tail): the server's words instead, the
 * gateway's text going to the server log only. The other codes' messages are the library's alone (a
 * connection error's name, a tool's failure, a chunk that did not parse) and reach the client as they are.
 */
const PUBLIC_MESSAGE: Partial<Record<ProviderErrorCode, string>> = {
  unauthorized: "The gateway refused this server's key",
  forbidden: "The gateway does not allow this server's key to do this",
  rate_limited: 'The gateway is rate limiting this server; try again later',
  budget_exceeded: "The gateway key's budget is used up",
  bad_request: 'The gateway refused the request',
  model_not_found: 'The gateway does not serve this model',
  context_window_exceeded: "The conversation does not fit the model's context window",
  timeout: 'The call did not finish in time',
  upstream: 'The gateway or its model backend failed',
  misconfigured: "The server's gateway configuration does not work",
};

/** A serialised upstream error with its message in the server's words where the library's may quote the gateway. */
export function toPublicError(error: SerializedProviderError): SerializedProviderError {
  const message = PUBLIC_MESSAGE[error.code];
  return message === undefined ? error : { ...error, message };
}
