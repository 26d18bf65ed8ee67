import { createHash } from 'node:crypto';
import { checkAuth, presentedKey } from './auth';

const MASTER = 'sk-master-1234';
const messageOf = (answer: ReturnType<typeof checkAuth>) => (answer?.body as { error: { message: string } }).error.message;

describe('presentedKey', () => {
  it('reads a bearer token', () => {
    expect(presentedKey({ authorization: 'Bearer sk-1' })).toBe('sk-1');
    expect(presentedKey({ authorization: 'bearer sk-1' })).toBe('sk-1');
  });

  it('prefers x-litellm-api-key, raw or with a scheme', () => {
    expect(presentedKey({ 'x-litellm-api-key': 'sk-2', authorization: 'Bearer sk-1' })).toBe('sk-2');
    expect(presentedKey({ 'x-litellm-api-key': 'Bearer sk-2' })).toBe('sk-2');
  });

  it('tells a missing key from an Authorization header without a scheme', () => {
    expect(presentedKey({})).toBeUndefined();
    expect(presentedKey({ authorization: 'sk-1' })).toBeNull();
  });
});

describe('checkAuth', () => {
  it('lets everything through when the proxy has no master key', () => {
    expect(checkAuth({}, null)).toBeNull();
  });

  it('accepts the master key in either header', () => {
    expect(checkAuth({ authorization: `Bearer ${MASTER}` }, MASTER)).toBeNull();
    expect(checkAuth({ 'x-litellm-api-key': MASTER }, MASTER)).toBeNull();
  });

  it('answers a missing key with the proxy auth_error', () => {
    expect(checkAuth({}, MASTER)?.body).toEqual({
      error: { message: 'Authentication Error, No api key passed in.', type: 'auth_error', param: 'None', code: '401' },
    });
  });

  it('answers a key without Bearer as malformed', () => {
    expect(messageOf(checkAuth({ authorization: MASTER }, MASTER))).toContain('Malformed API Key');
  });

  it('echoes the last four characters and the SHA-256 of a wrong sk- key, as the proxy does (issue #39757)', () => {
    const wrong = 'sk-canary-wxyz';
    const answer = checkAuth({ authorization: `Bearer ${wrong}` }, MASTER);
    const hash = createHash('sha256').update(wrong).digest('hex');
    expect(answer?.status).toBe(401);
    expect(answer?.body).toEqual({
      error: {
        message: `Authentication Error, Invalid proxy server token passed. Received API Key = sk-...wxyz, Key Hash (Token) =${hash}. Unable to find token in cache or \`LiteLLM_VerificationTokenTable\``,
        type: 'token_not_found_in_db',
        param: 'key',
        code: '401',
      },
    });
  });

  it('echoes a wrong key that is not sk- shaped in full, since the proxy hashes only sk- keys', () => {
    expect(messageOf(checkAuth({ authorization: 'Bearer plain-token' }, MASTER))).toContain('Key Hash (Token) =plain-token.');
  });
});
