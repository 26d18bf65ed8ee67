import { reviseLiteLLMAnswer, withPlainRetryAfter } from './litellm-answers';

const plain500 = () => new Response('Internal Server Error', { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });

describe('the upstream wait LiteLLM 1.108 passes on as llm_provider-retry-after', () => {
  it('is copied to the plain header when that is missing, and the plain one wins when both are sent', () => {
    expect(withPlainRetryAfter(new Headers({ 'llm_provider-retry-after': '2' }))?.get('retry-after')).toBe('2');
    expect(withPlainRetryAfter(new Headers({ 'llm_provider-retry-after-ms': '150' }))?.get('retry-after-ms')).toBe('150');
    expect(withPlainRetryAfter(new Headers({ 'retry-after': '1', 'llm_provider-retry-after': '9' }))).toBeNull();
    expect(withPlainRetryAfter(new Headers())).toBeNull();
  });
});

describe('reviseLiteLLMAnswer', () => {
  it('reads a text/plain 500 to a request sent without a key as the 401 of the missing key', async () => {
    const answer = reviseLiteLLMAnswer(plain500(), new Headers());
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ error: { type: 'auth_error', code: '401' } });
  });

  it('leaves that 500 a server failure when the key went as a bearer token or in the LiteLLM key header', () => {
    expect(reviseLiteLLMAnswer(plain500(), new Headers({ authorization: 'Bearer sk-x' })).status).toBe(500);
    expect(reviseLiteLLMAnswer(plain500(), new Headers({ 'x-litellm-api-key': 'sk-x' })).status).toBe(500);
  });

  it('keeps the status and body of an answer whose wait it copies', async () => {
    const limited = new Response('{"error":{"message":"slow down"}}', { status: 429, headers: { 'llm_provider-retry-after': '3' } });
    const answer = reviseLiteLLMAnswer(limited, new Headers({ authorization: 'Bearer sk-x' }));
    expect([answer.status, answer.headers.get('retry-after')]).toEqual([429, '3']);
    expect(await answer.json()).toEqual({ error: { message: 'slow down' } });
  });
});
