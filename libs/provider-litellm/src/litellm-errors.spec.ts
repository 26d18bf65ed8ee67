import { APIError } from 'openai';
import { type ProviderError } from '@modelgate/provider-contracts';
import { type ErrorContext, toProviderError } from '@modelgate/provider-openai-compatible';
import { classifyLiteLLMError, retryAfterFromMessage } from './litellm-errors';

const context: ErrorContext = { provider: 'litellm', model: 'litellm/gpt-4o-mini', classifyError: classifyLiteLLMError };

function map(status: number, body: Record<string, unknown> | undefined, headers: Record<string, string> = {}): ProviderError {
  return toProviderError(APIError.generate(status, body === undefined ? undefined : { error: body }, undefined, new Headers(headers)), context);
}

describe('classifyLiteLLMError', () => {
  it('recognises an unknown model from its LiteLLM wording', () => {
    const error = map(400, { message: "{'error': '/chat/completions: Invalid model name passed in model=gpt-5-nano'}", code: 400 });
    expect(error.code).toBe('model_not_found');
  });

  it('recognises an unknown model behind a proxy with a wildcard route, in the wording of 1.83 and of 1.108', () => {
    const old = 'litellm.BadRequestError: You passed in model=no-such-model. There are no healthy deployments for this model. Received Model Group=no-such-model';
    const newer = "litellm.BadRequestError: You passed in model=no-such-model. There are no healthy deployments for this model\n\nLiteLLM: model group 'no-such-model' failed with the error above. No fallback was attempted.";
    expect(map(400, { message: old, type: null, code: '400' }).code).toBe('model_not_found');
    expect(map(400, { message: newer, type: 'invalid_request_error', code: '400' }).code).toBe('model_not_found');
  });

  it('leaves a rate limit a rate limit whatever model its message names', () => {
    expect(map(429, { message: 'Invalid model name passed in model=x' }).code).toBe('rate_limited');
  });

  it('recognises an exceeded budget by its type on a 400 or a 429', () => {
    expect(map(400, { message: 'Budget has been exceeded!', type: 'budget_exceeded' }).code).toBe('budget_exceeded');
    expect(map(429, { message: 'Exceeded', type: 'budget_exceeded' }).code).toBe('budget_exceeded');
    expect(map(429, { message: 'Budget has been exceeded! Current cost: 3' }).code).toBe('budget_exceeded');
  });

  it('maps the 400 no_db_connection of a proxy without a database to unauthorized, without its body', () => {
    const error = map(400, { message: 'No connected db.', type: 'no_db_connection', param: null, code: '400' });
    expect(error).toMatchObject({ code: 'unauthorized', status: 400, retryable: false });
    expect(error.message).toBe('The gateway rejected the API key');
  });

  it('keeps no-deployments as a retryable rate limit with the wait from its message', () => {
    const error = map(429, { message: 'No deployments available for selected model, Try again in 5 seconds. Passed model=gpt-4o-mini' });
    expect(error).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 5000 });
  });

  it('lets a retry-after header win over the wait a message names', () => {
    expect(map(429, { message: 'Try again in 5 seconds' }, { 'retry-after': '2' }).retryAfterMs).toBe(2000);
  });

  it('takes the request id from the LiteLLM call id, else x-request-id', () => {
    expect(map(500, undefined, { 'x-litellm-call-id': 'call-1', 'x-request-id': 'req-1' }).requestId).toBe('call-1');
    expect(map(500, undefined, { 'x-request-id': 'req-1' }).requestId).toBe('req-1');
  });
});

describe('retryAfterFromMessage', () => {
  it('reads the wait from a no-deployments message', () => {
    expect(retryAfterFromMessage('No deployments available for selected model, Try again in 60 seconds.')).toBe(60_000);
    expect(retryAfterFromMessage('cooldown. try again in 1.5s')).toBe(1500);
  });

  it('is null when the message names no wait', () => {
    expect(retryAfterFromMessage('Rate limit reached')).toBeNull();
  });
});
