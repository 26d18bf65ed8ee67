import { isKeylessRefusal, keylessRefusalAnswer } from './keyless-refusal';

const plain500 = () => new Response('Internal Server Error', { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });

describe('isKeylessRefusal', () => {
  it('reads a text/plain 500 to a request sent without a key as the refusal of the missing key', () => {
    expect(isKeylessRefusal(plain500(), false)).toBe(true);
  });

  it('leaves a 500 to a request with a key, and a JSON 500, as server failures', () => {
    expect(isKeylessRefusal(plain500(), true)).toBe(false);
    const json500 = new Response('{"error":{"message":"boom"}}', { status: 500, headers: { 'content-type': 'application/json' } });
    expect(isKeylessRefusal(json500, false)).toBe(false);
  });
});

describe('keylessRefusalAnswer', () => {
  it('is a 401 in the gateway error shape, keeping the other headers', async () => {
    const original = plain500();
    original.headers.set('x-litellm-call-id', 'call-1');
    const answer = keylessRefusalAnswer(original);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('x-litellm-call-id')).toBe('call-1');
    expect(await answer.json()).toMatchObject({ error: { type: 'auth_error', code: '401' } });
  });
});
