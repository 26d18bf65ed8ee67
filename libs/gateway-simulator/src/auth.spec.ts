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
  const noDb = { masterKey: MASTER, database: false };
  const withDb = { masterKey: MASTER, database: true };

  it('lets everything through when the proxy has no master key', () => {
    expect(checkAuth({}, { masterKey: null, database: false })).toBeNull();
  });

  it('accepts the master key in either header', () => {
    expect(checkAuth({ authorization: `Bearer ${MASTER}` }, noDb)).toBeNull();
    expect(checkAuth({ 'x-litellm-api-key': MASTER }, noDb)).toBeNull();
  });

  it('answers a missing key with the proxy auth_error', () => {
    expect(checkAuth({}, noDb)?.body).toEqual({
      error: { message: 'Authentication Error, No api key passed in.', type: 'auth_error', param: 'None', code: '401' },
    });
  });

  it('answers a key without Bearer as malformed', () => {
    expect(messageOf(checkAuth({ authorization: MASTER }, noDb))).toContain('Malformed API Key');
  });

  it.each(['Bearer sk-canary-wxyz', 'Bearer plain-token', 'Basic c2stY2FuYXJ5'])(
    'answers any other key (%s) with 400 no_db_connection when there is no database, echoing nothing',
    (authorization) => {
      const answer = checkAuth({ authorization }, noDb);
      expect(answer).toEqual({
        status: 400,
        body: { error: { message: 'No connected db.', type: 'no_db_connection', param: null, code: '400' } },
      });
    },
  );

  it('with a database, echoes the last four characters and the SHA-256 of an unknown sk- key (issue #39757)', () => {
    const wrong = 'sk-canary-wxyz';
    const answer = checkAuth({ authorization: `Bearer ${wrong}` }, withDb);
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

  it('with a database, refuses a key without sk- as not a virtual key, masked', () => {
    expect(messageOf(checkAuth({ authorization: 'Bearer plain-token' }, withDb))).toBe(
      "Authentication Error, LiteLLM Virtual Key expected. Received=plai****oken, expected to start with 'sk-'.",
    );
    expect(messageOf(checkAuth({ authorization: 'Bearer short' }, withDb))).toContain('Received=****,');
  });
});
