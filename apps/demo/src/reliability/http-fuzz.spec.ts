import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ChatResult } from '@modelgate/provider-contracts';
import { ErrorBody, LIMITS } from '../shared/api-contract';
import { parseSse } from '../shared/sse';
import { type Harness, eventually, startHarness } from '../test-support/demo-harness';
import { rawExchange, rawJsonBody } from './raw-http';

/**
 * Random HTTP traffic to the demo API, beyond the JSON values of hostile-bodies.spec: raw bytes, any
 * content type, deep nesting, any method and path, requests cut at random bytes on a real socket, and
 * every body the contract accepts. A client error is always a 4xx with a typed body, never a 5xx, and a
 * valid body always gets its answer.
 */
const MODEL = 'litellm/gpt-4o-mini';
const VALID = JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'hi' }] });

describe('random HTTP traffic to the demo API', () => {
  let harness: Harness;
  let port: number;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'demo-fuzz-web-'));
    await Promise.all(['index.html', 'app.js', 'app.css'].map((file) => writeFile(join(webRoot, file), `/* ${file} */`)));
    harness = await startHarness({ webRoot });
    await harness.app.listen({ host: '127.0.0.1', port: 0 });
    port = (harness.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await harness.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  /** A 200, or a 4xx whose body is the typed error: what every answer here must be. */
  function expectAnswer(status: number, body: string): void {
    if (status === 200) return;
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(ErrorBody.safeParse(JSON.parse(body)).success).toBe(true);
  }

  const post = (payload: string | Buffer, contentType = 'application/json') =>
    harness.app.inject({ method: 'POST', url: '/api/providers', payload, headers: { 'content-type': contentType } });

  it('answers raw bytes declared as JSON with a typed 4xx (200 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const response = await post(Buffer.from(bytes));
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expectAnswer(response.statusCode, response.body);
      }),
      { numRuns: 200 },
    );
  });

  it('answers any content type with a typed 4xx unless it is JSON with a valid body (200 runs)', async () => {
    const contentType = fc.oneof(
      fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'text/html', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/vnd.api+json', 'application/json-patch+json', ''),
      fc.string({ maxLength: 30 }).filter((text) => !/[\r\n]/.test(text)),
    );
    await fc.assert(
      fc.asyncProperty(contentType, fc.oneof(fc.constant(VALID), fc.string({ maxLength: 60 })), async (type, payload) => {
        const response = await post(payload, type);
        expectAnswer(response.statusCode, response.body);
      }),
      { numRuns: 200 },
    );
  });

  it('answers values nested at any depth in any field with a 200 or a typed 4xx, never a 5xx (150 runs)', async () => {
    const field = fc.constantFrom('model', 'messages', 'content', 'tools', 'schema', 'temperature', 'extra');
    const nesting = fc.tuple(fc.integer({ min: 1, max: 5_000 }), fc.constantFrom('[', '{"a":'), field);
    await fc.assert(
      fc.asyncProperty(nesting, async ([depth, open, where]) => {
        const close = open === '[' ? ']' : '}';
        const deep = `${open.repeat(depth)}1${close.repeat(depth)}`;
        const bodies: Record<string, string> = {
          model: `{"model":${deep},"messages":[{"role":"user","content":"hi"}]}`,
          messages: `{"model":"${MODEL}","messages":${deep}}`,
          content: `{"model":"${MODEL}","messages":[{"role":"user","content":${deep}}]}`,
          tools: `{"model":"${MODEL}","messages":[{"role":"user","content":"hi"}],"tools":${deep}}`,
          schema: `{"model":"${MODEL}","messages":[{"role":"user","content":"hi"}],"responseFormat":{"type":"json_schema","name":"s","schema":{"x":${deep}}}}`,
          temperature: `{"model":"${MODEL}","messages":[{"role":"user","content":"hi"}],"temperature":${deep}}`,
          extra: `{"model":"${MODEL}","messages":[{"role":"user","content":"hi"}],"extra":${deep}}`,
        };
        const response = await post(bodies[where]!);
        expectAnswer(response.statusCode, response.body);
        if (where === 'schema' && depth < LIMITS.schemaDepth - 1) expect(response.statusCode).toBe(200);
      }),
      { numRuns: 150 },
    );
  });

  it('answers any method on any path with a typed error or a page, never a 5xx (300 runs)', async () => {
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD');
    const path = fc.oneof(fc.webPath(), fc.constantFrom('/api/providers', '/api/providers/litellm/models', '/api/providers/vllm/models', '/api/providers/%2e%2e/models', '/health'));
    await fc.assert(
      fc.asyncProperty(method, path, fc.webQueryParameters(), async (verb, route, query) => {
        const response = await harness.app.inject({ method: verb as 'GET', url: `${route || '/'}?${query}` });
        expect(response.statusCode).toBeLessThan(500);
        if (verb !== 'HEAD' && response.statusCode >= 400) expect(ErrorBody.safeParse(response.json()).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('survives requests cut at random bytes on a real socket, and keeps answering whole ones (100 runs)', async () => {
    const request = Buffer.from(`POST /api/providers HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${VALID.length}\r\nConnection: close\r\n\r\n${VALID}`);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(request.length - 1), { maxLength: 8 }), fc.boolean(), async (cuts, complete) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const end = complete ? request.length : (points.pop() ?? 0);
        const pieces = [...points.filter((point) => point < end), end].map((stop, index, all) => request.subarray(index === 0 ? 0 : all[index - 1], stop));
        const answer = await rawExchange(port, pieces, { hangUp: !complete });
        if (complete) {
          expect(answer.status).toBe(200);
          expect(ChatResult.safeParse(rawJsonBody(answer)).success).toBe(true);
        } else {
          expect(answer.status === null || (answer.status >= 400 && answer.status < 500)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
    await eventually(() => harness.simulator.inFlight() === 0, 'no upstream call in flight');
    expect((await harness.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });

  it('answers every body the contract accepts (200 runs)', async () => {
    const text = fc.string({ maxLength: 200, unit: 'grapheme' });
    const message = fc.oneof(
      fc.record({ role: fc.constant('user'), content: text.filter((content) => content.length > 0) }),
      fc.record({ role: fc.constantFrom('system', 'assistant'), content: text }),
    );
    const body = fc.record(
      {
        model: fc.constantFrom(MODEL, 'litellm/claude-3-5-haiku', 'litellm/reasoner-mini'),
        messages: fc.tuple(fc.array(message, { maxLength: 4 }), text.filter((content) => content.length > 0)).map(([history, last]) => [...history, { role: 'user', content: last }]),
        tools: fc.uniqueArray(fc.constantFrom('calculator', 'convert_units'), { maxLength: 2 }),
        stream: fc.boolean(),
        responseFormat: fc.constantFrom({ type: 'text' }, { type: 'json_object' }),
        temperature: fc.double({ min: 0, max: 2, noNaN: true }),
        maxTokens: fc.integer({ min: 1, max: LIMITS.maxTokens }),
      },
      { requiredKeys: ['model', 'messages'] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const response = await post(JSON.stringify(payload));
        expect(response.statusCode).toBe(200);
        const result = payload.stream ? (JSON.parse(parseSse(response.body).at(-1)!.data) as { result: unknown }).result : response.json();
        expect(ChatResult.safeParse(result).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
