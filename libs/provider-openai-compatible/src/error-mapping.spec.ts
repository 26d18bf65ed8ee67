import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { ProviderError } from '@modelgate/provider-contracts';
import { errorFromBody, toProviderError, type ErrorContext } from './error-mapping';

const context: ErrorContext = { provider: 'litellm', model: 'litellm/gpt-4o-mini' };

function httpError(status: number, body: Record<string, unknown> | undefined, headers: Record<string, string> = {}): APIError {
  return APIError.generate(status, body === undefined ? undefined : { error: body }, undefined, new Headers(headers));
}

function map(status: number, body: Record<string, unknown> | undefined, headers?: Record<string, string>): ProviderError {
  return toProviderError(httpError(status, body, headers), context);
}

describe('toProviderError for HTTP errors', () => {
  it('maps a plain 400 to bad_request with the upstream message', () => {
    const error = map(400, { message: 'temperature must be <= 2', type: 'None', param: 'None', code: '400' });
    expect(error).toMatchObject({ code: 'bad_request', status: 400, retryable: false, provider: 'litellm', model: 'litellm/gpt-4o-mini' });
    expect(error.message).toContain('temperature must be <= 2');
  });

  it('treats a 409 conflict as retryable, as the openai SDK does, with the wait the upstream asked for', () => {
    const error = map(409, { message: 'a concurrent update holds the deployment' }, { 'retry-after': '2' });
    expect(error).toMatchObject({ status: 409, retryable: true, retryAfterMs: 2000 });
  });

  it('recognises an unknown model behind a 404 that names the model', () => {
    expect(map(404, { message: 'The model `nope` does not exist' }).code).toBe('model_not_found');
  });

  it('says misconfigured for a 404 that names no model, as from a wrong base URL', () => {
    expect(map(404, undefined).code).toBe('misconfigured');
  });

  it('recognises an exceeded context window', () => {
    expect(map(400, { message: 'litellm.ContextWindowExceededError: too long' }).code).toBe('context_window_exceeded');
    expect(map(400, { message: "This model's maximum context length is 8192 tokens" }).code).toBe('context_window_exceeded');
  });

  it('takes the request id from x-request-id', () => {
    expect(map(500, undefined, { 'x-request-id': 'req-1' }).requestId).toBe('req-1');
  });

  it('never repeats the body of a 401, which echoes a key hash', () => {
    const error = map(401, { message: 'Authentication Error, Invalid proxy server token passed. key=88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b, table=LiteLLM_VerificationTokenTable' });
    expect(error.code).toBe('unauthorized');
    expect(error.message).toBe('The gateway rejected the API key');
    expect(JSON.stringify(error)).not.toContain('88dc28d0');
  });

  it('maps 403 to forbidden', () => {
    expect(map(403, { message: 'key not allowed to access model' }).code).toBe('forbidden');
  });

  it('maps 408 to a retryable timeout', () => {
    expect(map(408, { message: 'Request timed out' })).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('maps 429 to rate_limited with the wait from retry-after', () => {
    expect(map(429, { message: 'Rate limit' }, { 'retry-after': '7' })).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 7000 });
  });

  it('leaves the wait unknown on a 429 without retry-after', () => {
    expect(map(429, { message: 'Rate limit' }).retryAfterMs).toBeNull();
  });

  it.each([500, 502, 503, 529])('maps %i to a retryable upstream failure', (status) => {
    expect(map(status, { message: 'boom' })).toMatchObject({ code: 'upstream', retryable: true, status });
  });

  it('shortens a long upstream message and redacts keys in it', () => {
    const error = map(400, { message: `bad key sk-live-abcdef123 ${'x'.repeat(1000)}` });
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).not.toContain('sk-live-abcdef123');
  });

  it('reads a bare string error body as the message', () => {
    const error = toProviderError(APIError.generate(400, { error: 'plain words' }, undefined, new Headers()), context);
    expect(error.message).toContain('plain words');
  });

  it('shows a message that is a dict as JSON text', () => {
    expect(map(400, { message: { detail: 'nested' } }).message).toContain('{"detail":"nested"}');
  });
});

describe('toProviderError without a server classifier (vLLM, any OpenAI-compatible server)', () => {
  it("reads a budget_exceeded-typed 429 as a retryable rate limit and a 400 no_db_connection as a bad request", () => {
    expect(map(429, { message: 'Budget has been exceeded!', type: 'budget_exceeded' })).toMatchObject({ code: 'rate_limited', retryable: true });
    expect(map(400, { message: 'No connected db.', type: 'no_db_connection' }).code).toBe('bad_request');
  });

  it("reads LiteLLM's unknown-model wording as a bad request, and no wait from a message", () => {
    expect(map(400, { message: 'Invalid model name passed in model=gpt-5-nano' }).code).toBe('bad_request');
    expect(map(429, { message: 'No deployments available, Try again in 5 seconds' }).retryAfterMs).toBeNull();
  });

  it('asks a classifier first and reads whatever it leaves out the OpenAI-compatible way', () => {
    const error = toProviderError(httpError(418, { message: 'teapot', type: 'brewing' }), {
      ...context,
      classifyError: ({ type }) => (type === 'brewing' ? { requestId: 'brew-1' } : null),
    });
    expect(error).toMatchObject({ code: 'bad_request', status: 418, requestId: 'brew-1' });
  });
});

describe('toProviderError for transport failures', () => {
  it('maps a connection failure to unreachable', () => {
    const cause = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const error = toProviderError(new APIConnectionError({ cause }), context);
    expect(error).toMatchObject({ code: 'unreachable', retryable: true });
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('maps a request too deep to serialise to a bad request that is not retried', () => {
    const error = toProviderError(new RangeError('Maximum call stack size exceeded'), context);
    expect(error).toMatchObject({ code: 'bad_request', retryable: false });
  });

  it('maps the SDK connection timeout to timeout', () => {
    expect(toProviderError(new APIConnectionTimeoutError(), context).code).toBe('timeout');
  });

  it('maps a user abort to aborted', () => {
    expect(toProviderError(new APIUserAbortError(), context).code).toBe('aborted');
    expect(toProviderError(new DOMException('x', 'AbortError'), context).code).toBe('aborted');
  });

  it('reports our own timeout as timeout whatever error the abort caused', () => {
    const error = toProviderError(new APIUserAbortError(), { ...context, ended: 'timeout', timeoutMs: 250 });
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('250 ms');
  });

  it('maps malformed JSON to invalid_response', () => {
    expect(toProviderError(new SyntaxError('Unexpected token'), context).code).toBe('invalid_response');
  });

  it('gives an existing ProviderError the provider and model it lacks', () => {
    const error = toProviderError(new ProviderError({ code: 'tool_loop_limit', message: 'limit' }), context);
    expect(error).toMatchObject({ code: 'tool_loop_limit', provider: 'litellm', model: 'litellm/gpt-4o-mini' });
  });
});

describe('errorFromBody for error frames inside a stream', () => {
  it('takes the status from a string code', () => {
    expect(errorFromBody(null, { message: 'Rate limit', code: '429' })).toMatchObject({ code: 'rate_limited', status: 429 });
  });

  it("reads LiteLLM's mid-stream frame, code \"500\" and type null, as a retryable upstream failure", () => {
    const frame = { message: 'litellm.MidStreamFallbackError: upstream broke mid-stream', type: null, param: null, code: '500' };
    expect(errorFromBody(null, frame)).toMatchObject({ code: 'upstream', status: 500, retryable: true });
  });

  it('is an upstream failure when the frame names no status', () => {
    expect(errorFromBody(null, { message: 'mock_streaming_error', type: 'None', code: 'None' })).toMatchObject({
      code: 'upstream',
      status: null,
    });
  });
});
