import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type AnswerHooks } from '../server-hooks';
import { getJson } from './get-json';
import { canaryKey } from '@modelgate/testing';

const KEY = canaryKey();

describe('getJson', () => {
  let server: Server;
  let url: string;
  const seen: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers);
      if (req.url === '/stall') return;
      const [status, type, body] =
        req.url === '/json' ? [200, 'application/json', '{"data":[]}']
        : req.url === '/page' ? [200, 'text/html', '<html></html>']
        : req.url === '/broken' ? [200, 'application/json', '{"data":[']
        : req.url === '/bare-500' ? [500, 'text/plain; charset=utf-8', 'Internal Server Error']
        : req.url === '/db-less' ? [400, 'application/json', '{"error":{"message":"No connected db.","type":"no_db_connection","code":"400"}}']
        : [401, 'application/json', '{"error":"no"}'];
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    seen.length = 0;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads a JSON answer with its status, sending the key as a bearer token', async () => {
    expect(await getJson(`${url}/json`, { apiKey: KEY, timeoutMs: 2_000 })).toEqual({ kind: 'json', status: 200, body: { data: [] } });
    expect(seen[0]?.authorization).toBe(`Bearer ${KEY}`);
  });

  it('sends no authorization header without a key', async () => {
    await getJson(`${url}/json`, { timeoutMs: 2_000 });
    expect(seen[0]?.authorization).toBeUndefined();
  });

  it('classifies an error status, its body mapped to a typed error', async () => {
    expect(await getJson(`${url}/refused`, { timeoutMs: 2_000 })).toMatchObject({
      kind: 'http-error',
      status: 401,
      error: { code: 'unauthorized' },
    });
  });

  it('reads an error answer as any OpenAI-compatible server’s without hooks: no LiteLLM reading of its own', async () => {
    expect(await getJson(`${url}/bare-500`, { timeoutMs: 2_000 })).toMatchObject({ kind: 'http-error', error: { code: 'upstream', status: 500 } });
    expect(await getJson(`${url}/db-less`, { timeoutMs: 2_000 })).toMatchObject({ kind: 'http-error', error: { code: 'bad_request', status: 400 } });
  });

  it('reads an error answer through the server’s hooks: the reviser with the headers sent, then the classifier', async () => {
    const sent: (string | null)[] = [];
    const hooks: AnswerHooks = {
      reviseAnswer: (response, headers) => {
        sent.push(headers.get('authorization'));
        return response.status === 500 ? new Response('{"error":{"type":"refused"}}', { status: 401 }) : response;
      },
      classifyError: ({ type }) => (type === 'no_db_connection' ? { code: 'unauthorized', requestId: 'db-less-1' } : null),
    };
    expect(await getJson(`${url}/bare-500`, { apiKey: KEY, timeoutMs: 2_000, hooks })).toMatchObject({
      kind: 'http-error',
      status: 401,
      error: { code: 'unauthorized', status: 401 },
    });
    expect(await getJson(`${url}/db-less`, { timeoutMs: 2_000, hooks })).toMatchObject({
      kind: 'http-error',
      error: { code: 'unauthorized', requestId: 'db-less-1' },
    });
    expect(sent).toEqual([`Bearer ${KEY}`, null]);
  });

  it('tells a page that is not JSON from JSON that does not parse', async () => {
    expect(await getJson(`${url}/page`, { timeoutMs: 2_000 })).toEqual({ kind: 'not-json', status: 200 });
    expect(await getJson(`${url}/broken`, { timeoutMs: 2_000 })).toEqual({ kind: 'bad-json', status: 200 });
  });

  it('fails with timeout when no answer comes within the deadline', async () => {
    const outcome = await getJson(`${url}/stall`, { apiKey: KEY, timeoutMs: 100 });
    expect(outcome).toMatchObject({ kind: 'failed', error: { code: 'timeout' } });
    expect(JSON.stringify(outcome) + String(outcome.kind === 'failed' && outcome.error.message)).not.toContain(KEY);
  });

  it('fails with aborted when the caller aborts first', async () => {
    const controller = new AbortController();
    const pending = getJson(`${url}/stall`, { timeoutMs: 5_000, signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'failed', error: { code: 'aborted' } });
  });

  it('fails with unreachable, naming the socket error, when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await getJson(`http://127.0.0.1:${port}/json`, { timeoutMs: 2_000 });
    expect(outcome).toMatchObject({ kind: 'failed', error: { code: 'unreachable', message: 'Cannot connect (ECONNREFUSED)' } });
  });
});
