import { type AddressInfo } from 'node:net';
import { ErrorBody } from '../shared/api-contract';
import { parseSse } from '../shared/sse';
import { rawExchange, rawJsonBody } from '../reliability/raw-http';
import { type Harness, startHarness } from '../test-support/demo-harness';

const TOKEN = 'answers-token-canary-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const chat = (extra: object = {}) => ({ model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], ...extra });

describe('the answers of the demo server, its own errors included', () => {
  let harness: Harness;
  let port: number;
  beforeAll(async () => {
    harness = await startHarness({ apiToken: TOKEN });
    await harness.app.listen({ host: '127.0.0.1', port: 0 });
    port = (harness.app.server.address() as AddressInfo).port;
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.simulator.reset());

  const raw = (head: string, body = '') => rawExchange(port, [`${head}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n${body}`]);

  function expectTypedAnswer(answer: { text: string; status: number | null }, status: number) {
    expect(answer.status).toBe(status);
    expect(answer.text).toMatch(/content-security-policy: default-src 'self'/i);
    expect(answer.text).toMatch(/x-content-type-options: nosniff/i);
    const body = ErrorBody.parse(rawJsonBody(answer));
    expect(body.error.status).toBe(status);
    return body;
  }

  it('answers a percent-encoded /api path without the token with 401, as the plain one', async () => {
    for (const target of ['/api/providers', '/%61pi/providers', '/%61%70%69/providers']) {
      expectTypedAnswer(await raw(`GET ${target} HTTP/1.1`), 401);
    }
    const body = JSON.stringify(chat());
    expectTypedAnswer(await raw(`POST /%61pi/providers HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}`, body), 401);
    expect(harness.simulator.requests).toEqual([]);
  });

  it('takes the bearer scheme in any case', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const response = await harness.app.inject({ method: 'GET', url: '/api/providers', headers: { authorization: `${scheme} ${TOKEN}` } });
      expect(response.statusCode).toBe(200);
    }
  });

  it('asks for the token before anything else of a long path parameter, then answers it with a typed 404 that does not echo it', async () => {
    const long = 'p'.repeat(12_000);
    expectTypedAnswer(await raw(`GET /api/providers/${long}/models HTTP/1.1`), 401);
    const answer = await raw(`GET /api/providers/${long}/models HTTP/1.1\r\nAuthorization: Bearer ${TOKEN}`);
    expectTypedAnswer(answer, 404);
    expect(answer.text).not.toContain(long);
  });

  it('answers a malformed percent-encoding with a typed 400', async () => {
    expectTypedAnswer(await raw('GET /api/%zz HTTP/1.1'), 400);
  });

  it("answers Node's own rejections with the typed body: headers over the limit (431), bytes that are not HTTP (400)", async () => {
    expectTypedAnswer(await raw(`GET /health HTTP/1.1\r\nX-Big: ${'a'.repeat(20_000)}`), 431);
    const notHttp = await rawExchange(port, ['\u0000\u0001 nonsense\r\n\r\n']);
    expectTypedAnswer(notHttp, 400);
  });

  it('answers a body longer than its Content-Length with a typed 400, and runs no chat', async () => {
    const body = JSON.stringify(chat());
    const answer = await raw(`POST /api/providers HTTP/1.1\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 10`, body);
    // Node reads the bytes past Content-Length as the next request, which is not HTTP; the connection closes.
    expectTypedAnswer(answer, 400);
    expect(harness.simulator.chatRequests).toEqual([]);
  });

  it('answers an unknown route and an undeclared method typed, echoing neither', async () => {
    const unknown = await harness.app.inject({ method: 'GET', url: '/nowhere-canary', headers: auth });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).not.toContain('nowhere-canary');
    const method = await harness.app.inject({ method: 'PUT', url: '/api/providers', headers: auth, payload: {} });
    expect(method.statusCode).toBe(405);
    expect(method.headers['allow']).toBe('GET, HEAD, POST');
    expect(ErrorBody.parse(method.json()).error.code).toBe('bad_request');
  });

  it('names a __proto__ or constructor.prototype key for what it is, as a 422 wherever it sits', async () => {
    const deep = '{"model":"litellm/gpt-4o-mini","messages":[{"role":"user","content":"x"}],"responseFormat":{"type":"json_schema","name":"n","schema":{"__proto__":1}}}';
    for (const payload of ['{"__proto__":{"x":1}}', '{"model":"m","messages":[{"constructor":{"prototype":{}}}]}', deep]) {
      const response = await harness.app.inject({ method: 'POST', url: '/api/providers', headers: { ...auth, 'content-type': 'application/json' }, payload });
      // The document lets a JSON Schema hold any key: refusing one is a 422 (well formed, not taken), not a 400.
      expect(response.statusCode).toBe(422);
      expect(ErrorBody.parse(response.json()).error.message).toMatch(/"(__proto__|constructor\.prototype)" key, which this server refuses/);
    }
  });

  it("tells a client of a mid-stream upstream failure in the server's words; the upstream's text stays in the log", async () => {
    harness.simulator.enqueue('gpt-4o-mini', { fault: 'midstream-error', afterChunks: 1 });
    const response = await harness.app.inject({ method: 'POST', url: '/api/providers', headers: auth, payload: chat({ stream: true }) });
    const failure = parseSse(response.body).find((frame) => frame.event === 'error');
    const body = ErrorBody.parse(JSON.parse(failure?.data ?? 'null'));
    expect(response.body).not.toMatch(/MidStreamFallbackError|APIConnectionError|Connection reset/);
    expect(body.error.message).toBe('The gateway or its model backend failed');
    expect(harness.logs.join('\n')).toContain('MidStreamFallbackError');
  });

  it('logs no query string and no credential', async () => {
    await harness.app.inject({ method: 'GET', url: `/api/providers?token=${TOKEN}-query`, headers: { ...auth, cookie: `session=${TOKEN}-cookie` } });
    const logs = harness.logs.join('\n');
    expect(logs).toContain('/api/providers?[redacted]');
    expect(logs).not.toContain(TOKEN);
  });

  it('serves its OpenAPI 3.1 document behind the token, listing every API operation', async () => {
    expect((await harness.app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(401);
    const document = (await harness.app.inject({ method: 'GET', url: '/api/openapi.json', headers: auth })).json() as {
      openapi: string;
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.values(document.paths).flatMap((path) => Object.values(path).map((operation) => operation.operationId));
    expect(operations).toEqual(expect.arrayContaining(['listProviders', 'listModels', 'chat', 'health']));
  });
});
