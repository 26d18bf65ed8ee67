import { randomBytes } from 'node:crypto';
import { type AddressInfo } from 'node:net';
import fc from 'fast-check';
import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { ErrorBody, LIMITS } from '../shared/api-contract';
import { CANARY_KEY, type Harness, startHarness } from '../test-support/demo-harness';
import { rawExchange, rawJsonBody } from './raw-http';

const MODEL = 'litellm/gpt-4o-mini';
const SERVED = new Set([MODEL, 'litellm/claude-3-5-haiku', 'litellm/reasoner-mini']);
const ask = (extra: Record<string, unknown> = {}) => ({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], ...extra });
const token = () => `client-${randomBytes(8).toString('hex')}`;

/** Header names a client might hope the server passes on: keys, routing, tracing, the SDK's own. */
const HEADER_NAMES = [
  'authorization',
  'proxy-authorization',
  'x-litellm-api-key',
  'api-key',
  'x-api-key',
  'cookie',
  'x-forwarded-for',
  'x-forwarded-host',
  'forwarded',
  'x-real-ip',
  'traceparent',
  'x-request-id',
  'openai-organization',
  'openai-project',
  'x-stainless-retry-count',
  'x-litellm-tags',
  'x-litellm-timeout',
  'user-agent',
];

/** JSON Schema objects nested `levels` deep: each level is an object and its `properties`. */
function nestedSchema(levels: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let level = 0; level < levels; level += 1) schema = { type: 'object', properties: { inner: schema }, required: ['inner'] };
  return schema;
}

describe('hostile input to the demo HTTP API', () => {
  let harness: Harness;
  let trap: GatewaySimulator;
  let port: number;

  beforeAll(async () => {
    [harness, trap] = await Promise.all([startHarness(), startGatewaySimulator()]);
    await harness.app.listen({ host: '127.0.0.1', port: 0 });
    port = (harness.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await harness.close();
    await trap.close();
  });
  beforeEach(() => {
    harness.simulator.reset();
    trap.reset();
  });

  const post = (payload: unknown, headers: Record<string, string> = {}, url = '/api/providers') =>
    harness.app.inject({ method: 'POST', url, payload: payload as object, headers });

  describe('nothing a client sends steers the upstream call', () => {
    it('sends the server key and only the server headers upstream, whatever headers the client adds', async () => {
      expect((await post(ask())).statusCode).toBe(200);
      const baseline = Object.keys(harness.simulator.chatRequests[0]!.headers).sort();
      const clientHeaders = fc.dictionary(fc.oneof(fc.constantFrom(...HEADER_NAMES), fc.stringMatching(/^x-[a-z]{1,12}$/)), fc.constant(null), { minKeys: 1, maxKeys: 6 });
      await fc.assert(
        fc.asyncProperty(clientHeaders, async (names) => {
          harness.simulator.reset();
          const headers = Object.fromEntries(Object.keys(names).map((name) => [name, name === 'authorization' ? `Bearer sk-${token()}` : token()]));
          expect((await post(ask(), headers)).statusCode).toBe(200);
          const upstream = harness.simulator.chatRequests[0]!.headers;
          expect(upstream['authorization']).toBe(`Bearer ${CANARY_KEY}`);
          expect(Object.keys(upstream).sort()).toEqual(baseline);
          const sent = JSON.stringify(upstream);
          for (const value of Object.values(headers)) expect(sent).not.toContain(value.replace('Bearer ', ''));
        }),
        { numRuns: 100 },
      );
    });

    it('never calls a URL named in the query, the headers, the messages or the model id', async () => {
      const url = `${trap.url}/v1`;
      const host = new URL(trap.url).host;
      await post(ask({ messages: [{ role: 'user', content: `Use ${url} as your base URL` }] }), {}, `/api/providers?baseUrl=${encodeURIComponent(url)}&api_base=${encodeURIComponent(url)}`);
      await post(ask(), { 'x-forwarded-host': host, forwarded: `host=${host}`, 'x-litellm-api-base': url, 'x-base-url': url });
      await post(ask({ model: `litellm/${url}` }));
      await post({ ...ask(), baseUrl: url, api_base: url });
      await harness.app.inject({ method: 'GET', url: `/api/providers/litellm/models?baseUrl=${encodeURIComponent(url)}` });
      expect(trap.requests).toEqual([]);
      expect(harness.simulator.chatRequests.map((request) => request.messages.length)).toEqual([1, 1]);
    });

    it.each([
      'http://169.254.169.254/latest/meta-data',
      'litellm/http://127.0.0.1:1/v1',
      '//evil.example/v1',
      'litellm/../../v1/models',
      'litellm/gpt-4o-mini/../../model/info',
      'litellm/gpt-4o-mini?api_base=http://evil.example',
      'litellm/gpt-4o-mini#fragment',
      'litellm/gpt-4o-mini%2F..',
      ' litellm/gpt-4o-mini',
      'LITELLM/GPT-4O-MINI',
      'litellm/openai/*',
      'gpt-4o-mini',
    ])('refuses the model id %j before any upstream chat', async (model) => {
      const response = await post(ask({ model }));
      expect(response.statusCode).toBe(404);
      expect(ErrorBody.parse(response.json()).error.code).toBe('model_not_found');
      expect(harness.simulator.chatRequests).toEqual([]);
    });

    it('refuses a listed embedding model for chat as 422 bad_request before any upstream call', async () => {
      const response = await post(ask({ model: 'litellm/text-embedding-3-small' }));
      expect(response.statusCode).toBe(422);
      expect(ErrorBody.parse(response.json()).error.code).toBe('bad_request');
      expect(harness.simulator.requests.filter((request) => request.method === 'POST')).toEqual([]);
    });

    it('lets only served model ids reach the gateway, for any string', async () => {
      const near = fc.tuple(fc.constantFrom(...SERVED), fc.string({ maxLength: 3 }), fc.boolean()).map(([id, noise, before]) => (before ? noise + id : id + noise));
      await fc.assert(
        fc.asyncProperty(fc.oneof(near, fc.string({ minLength: 1, maxLength: 80 })), async (model) => {
          harness.simulator.reset();
          const response = await post(ask({ model }));
          const served = SERVED.has(model);
          expect(response.statusCode).toBe(served ? 200 : 404);
          expect(harness.simulator.chatRequests).toHaveLength(served ? 1 : 0);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('limits hold at the HTTP boundary', () => {
    const many = (count: number, content = 'x') => Array.from({ length: count }, () => ({ role: 'user', content }));

    it.each([
      ['tool names at the limit', { tools: Array.from({ length: LIMITS.tools }, () => 'calculator') }, 200],
      ['one tool name over the limit', { tools: Array.from({ length: LIMITS.tools + 1 }, () => 'calculator') }, 400],
      ['messages at the limit', { messages: many(LIMITS.messages) }, 200],
      ['a message at the size limit', { messages: many(1, 'y'.repeat(LIMITS.messageChars)) }, 200],
      ['a message over the size limit', { messages: many(1, 'y'.repeat(LIMITS.messageChars + 1)) }, 400],
      ['a model id over the length limit', { model: `litellm/${'m'.repeat(LIMITS.modelIdChars)}` }, 400],
      ['maxTokens over the limit', { maxTokens: LIMITS.maxTokens + 1 }, 400],
    ])('%s', async (_name, extra, status) => {
      const response = await post(ask(extra));
      expect(response.statusCode).toBe(status);
      if (status !== 200) expect(ErrorBody.parse(response.json()).error.code).toBe('bad_request');
      expect(harness.simulator.chatRequests).toHaveLength(status === 200 ? 1 : 0);
    });

    it('accepts a response schema at the nesting limit', async () => {
      const schema = nestedSchema(LIMITS.schemaDepth / 2 - 1);
      const response = await post(ask({ responseFormat: { type: 'json_schema', name: 'deep', schema } }));
      expect(response.statusCode).toBe(200);
    });

    it.each([LIMITS.schemaDepth / 2, 20_000])('answers a response schema nested %i levels with a 422 (a limit the API document cannot state), never a 5xx', async (levels) => {
      const body = JSON.stringify(ask({ responseFormat: { type: 'json_schema', name: 'deep', schema: { a: 1 } } }));
      // Built as text: a value this deep is more than JSON.stringify itself can write.
      const deep = levels > 1000 ? `{"a":${'['.repeat(levels)}${']'.repeat(levels)}}` : JSON.stringify(nestedSchema(levels));
      const response = await harness.app.inject({
        method: 'POST',
        url: '/api/providers',
        payload: body.replace('{"a":1}', deep),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(422);
      expect(ErrorBody.parse(response.json()).error.message).toContain(`nests deeper than ${LIMITS.schemaDepth} levels`);
      expect(harness.simulator.chatRequests).toEqual([]);
    });

    it('refuses a chunked upload over the body limit without a length to check first', async () => {
      const head = 'POST /api/providers HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
      const chunk = (text: string) => `${text.length.toString(16)}\r\n${text}\r\n`;
      const over = Math.ceil(LIMITS.bodyBytes / 0x4000) + 2;
      const parts = ['{"model":"', ...Array.from({ length: over }, () => 'x'.repeat(0x4000)), '"}'].map(chunk);
      const answer = await rawExchange(port, [head, ...parts, '0\r\n\r\n']);
      expect(answer.status).toBe(413);
      expect(ErrorBody.parse(rawJsonBody(answer)).error.code).toBe('bad_request');
      expect((await harness.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    });
  });

  describe('CORS stays closed', () => {
    it.each(['https://evil.example', 'null', 'http://127.0.0.1:1', 'http://localhost.evil.example'])(
      'refuses a chat posted from origin %s, before any upstream call',
      async (origin) => {
        const response = await post(ask(), { origin, host: `127.0.0.1:${port}` });
        expect(response.statusCode).toBe(403);
        expect(ErrorBody.parse(response.json()).error.code).toBe('forbidden');
        expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
        expect(harness.simulator.requests).toEqual([]);
      },
    );
  });

  it('sends the security headers on every kind of answer: refusals, errors and streams', async () => {
    harness.simulator.enqueue('gpt-4o-mini', { fault: 'server-error' });
    const answers = [
      await post({ unexpected: true }),
      await post(ask({ messages: [{ role: 'user', content: 'x'.repeat(LIMITS.bodyBytes) }] })),
      await harness.app.inject({ method: 'POST', url: '/api/providers', payload: 'model=x', headers: { 'content-type': 'text/plain' } }),
      await post(ask(), { origin: 'https://evil.example' }),
      await post(ask()),
      await post(ask({ stream: true })),
      await harness.app.inject({ method: 'DELETE', url: '/api/providers' }),
    ];
    expect(answers.map((answer) => answer.statusCode)).toEqual([400, 413, 415, 403, 502, 200, 405]);
    for (const answer of answers) {
      expect(answer.headers).toMatchObject({
        'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
      });
      expect(answer.headers['x-powered-by']).toBeUndefined();
      expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });
});
