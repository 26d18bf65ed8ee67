import { STATUS_CODES } from 'node:http';

/** An HTTP error answer: status, JSON body and extra headers. */
export interface ErrorAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * LiteLLM's error body. `code` is the status as a string; `type`/`param` are null when the proxy wraps
 * a litellm exception, and the literal "None" when it wraps an HTTPException (Python's `str(None)`).
 */
export function litellmError(
  status: number,
  message: string,
  type: string | null = null,
  param: string | null = null,
  extra: Record<string, unknown> = {},
): ErrorAnswer {
  return { status, body: { error: { message, type, param, code: String(status), ...extra } } };
}

// Router errors end with the model group and its fallbacks, whatever the upstream said.
function routerSuffix(model: string): string {
  return ` Received Model Group=${model}\nAvailable Model Group Fallbacks=None`;
}

export const errors = {
  /** Starlette's own answer to an exception nothing handled: text, not LiteLLM's JSON envelope. */
  bareInternalError: (): ErrorAnswer => ({ status: 500, body: 'Internal Server Error' }),
  missingKey: () => litellmError(401, 'Authentication Error, No api key passed in.', 'auth_error', 'None'),
  malformedKey: () =>
    litellmError(
      401,
      'Authentication Error, Malformed API Key passed in. Ensure Key has `Bearer ` prefix.',
      'auth_error',
      'None',
    ),
  /** Any key but the master key, on a proxy without a database (LiteLLM 1.83 `user_api_key_auth.py`). */
  noDbConnection: () => litellmError(400, 'No connected db.', 'no_db_connection'),
  /** With a database, a key that does not start with `sk-`: an AssertionError wrapped as an auth error. */
  notVirtualKey: (masked: string) =>
    litellmError(
      401,
      `Authentication Error, LiteLLM Virtual Key expected. Received=${masked}, expected to start with 'sk-'.`,
      'auth_error',
      'None',
    ),
  /** Issue #39757: with a database, an unknown `sk-` key's last 4 characters and its hash are echoed. */
  invalidKey: (abbreviated: string, hashed: string) =>
    litellmError(
      401,
      `Authentication Error, Invalid proxy server token passed. Received API Key = ${abbreviated}, ` +
        `Key Hash (Token) =${hashed}. Unable to find token in cache or \`LiteLLM_VerificationTokenTable\``,
      'token_not_found_in_db',
      'key',
    ),
  /** ProxyModelNotFoundError: an HTTPException whose detail dict also lands in provider_specific_fields. */
  invalidModel: (model: string, route = '/chat/completions') => {
    const message = `${route}: Invalid model name passed in model=${model}. Call \`/v1/models\` to view available models for your key.`;
    return litellmError(400, message, 'None', 'None', { provider_specific_fields: { error: message } });
  },
  /** LiteLLM 1.83 does not check for `messages`: its router fails calling itself, a 500. */
  missingMessages: () =>
    litellmError(500, "Router.acompletion() missing 1 required positional argument: 'messages'", 'None', 'None'),
  badRequest: (message: string, param: string | null = null) =>
    litellmError(400, `litellm.BadRequestError: ${message}`, 'invalid_request_error', param),
  invalidJson: (detail: string) =>
    litellmError(400, `Invalid JSON payload: ${detail}`, 'invalid_request_error', 'request_body'),
  notChatModel: (model: string, mode: string) =>
    litellmError(
      400,
      `litellm.BadRequestError: OpenAIException - ${model} is a ${mode} model and is not supported in the ` +
        `v1/chat/completions endpoint.${routerSuffix(model)}`,
    ),
  /** An embeddings call to a model whose upstream makes no embeddings: the upstream's 400, through the router. */
  notEmbeddingModel: (model: string, mode: string) =>
    litellmError(
      400,
      `litellm.BadRequestError: OpenAIException - ${model} is a ${mode} model and does not support embeddings.${routerSuffix(model)}`,
    ),
  requestTimeout: (model: string) =>
    litellmError(408, `litellm.Timeout: APITimeoutError - Request timed out.${routerSuffix(model)}`),
  /** The router's 429, typed `throttling_error` (mock and upstream 429s alike); no retry-after is passed on. */
  rateLimit: (model: string) =>
    litellmError(
      429,
      `litellm.RateLimitError: RateLimitError: OpenAIException - Rate limit reached for requests.${routerSuffix(model)}`,
      'throttling_error',
    ),
  noDeployments: (model: string, deploymentId: string) =>
    litellmError(
      429,
      `No deployments available for selected model, Try again in 5 seconds. Passed model=${model}. ` +
        `pre-call-checks=False, cooldown_list=['${deploymentId}']`,
      'None',
      'None',
    ),
  /** Newer proxies answer 429 with type `budget_exceeded`; older ones used 400 with the same type. */
  budgetExceeded: (status: 429 | 400) =>
    litellmError(status, 'Budget has been exceeded! Current cost: 10.0, Max budget: 10.0', 'budget_exceeded', 'None'),
  serverError: (model: string) =>
    litellmError(
      500,
      `litellm.InternalServerError: InternalServerError: OpenAIException - Internal Server Error.${routerSuffix(model)}`,
    ),
  unavailable: (model: string) =>
    litellmError(
      503,
      `litellm.ServiceUnavailableError: ServiceUnavailableError: OpenAIException - Service Unavailable.${routerSuffix(model)}`,
    ),
  contextWindow: (model: string) =>
    litellmError(
      400,
      'litellm.ContextWindowExceededError: litellm.BadRequestError: ContextWindowExceededError: OpenAIException - ' +
        "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. " +
        `Please reduce the length of the messages.${routerSuffix(model)}`,
    ),
  /**
   * The frame body of an error raised after the first streamed byte (status already 200). LiteLLM 1.83 wraps
   * whatever its upstream said in a MidStreamFallbackError and always writes `code: "500"`, `type: null`.
   */
  midstream: (model: string) =>
    litellmError(
      500,
      'litellm.MidStreamFallbackError: litellm.APIConnectionError: APIConnectionError: OpenAIException - ' +
        `Connection reset by upstream mid-stream.${routerSuffix(model)}`,
    ),
  notFound: () => litellmError(404, 'Not Found', 'None', 'None'),
  methodNotAllowed: () => litellmError(405, 'Method Not Allowed', 'None', 'None'),
  payloadTooLarge: (limit: number) =>
    litellmError(413, `Request body is too large. Limit: ${limit} bytes.`, 'None', 'None'),
  /** Any other status, worded with its reason phrase. */
  custom: (status: number) => litellmError(status, STATUS_CODES[status] ?? `Error ${status}`, 'None', 'None'),
  simulatorFailure: (detail: string) =>
    litellmError(500, `litellm.InternalServerError: ${detail}`, 'None', 'None'),
};
