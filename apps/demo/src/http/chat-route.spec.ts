import { type AddressInfo } from 'node:net';
import { ChatResult, StreamEvent } from '@modelgate/provider-contracts';
import { ErrorBody, LIMITS } from '../shared/api-contract';
import { parseSse } from '../shared/sse';
import { CANARY_KEY, type Harness, eventually, startHarness } from '../test-support/demo-harness';

const MODEL = 'litellm/gpt-4o-mini';
const ask = (content: string, extra: Record<string, unknown> = {}) => ({ model: MODEL, messages: [{ role: 'user', content }], ...extra });

describe('POST /api/providers', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(() => harness.close());

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    harness.app.inject({ method: 'POST', url: '/api/providers', payload: payload as object, headers });

  describe('answers', () => {
    it('runs a chat with a server tool and answers the ChatResult', async () => {
      const response = await post(ask('What is 12 * 7?', { tools: ['calculator'] }));
      expect(response.statusCode).toBe(200);
      const result = ChatResult.parse(response.json());
      expect(result.content).toBe('The result is 84.');
      expect(result.toolCalls).toEqual([expect.objectContaining({ name: 'calculator', result: '84', error: null })]);
      expect(result.turns).toBe(2);
    });

    it('streams typed SSE events in order: tool call, its result, the next turn, text, finish', async () => {
      const response = await post(ask('What is 12 * 7?', { tools: ['calculator'], stream: true }));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      const frames = parseSse(response.body);
      const events = frames.map((frame) => {
        const event = StreamEvent.parse(JSON.parse(frame.data));
        expect(frame.event).toBe(event.type);
        return event;
      });
      const types = events.map((event) => event.type);
      expect(types[0]).toBe('turn-start');
      expect(types.at(-1)).toBe('finish');
      const firstText = types.indexOf('text-delta');
      expect(types.indexOf('tool-call')).toBeLessThan(types.indexOf('tool-result'));
      expect(types.indexOf('tool-result')).toBeLessThan(types.lastIndexOf('turn-start'));
      expect(types.lastIndexOf('turn-start')).toBeLessThan(firstText);
      const text = events.flatMap((event) => (event.type === 'text-delta' ? [event.delta] : [])).join('');
      const finish = events.at(-1);
      expect(finish?.type === 'finish' && finish.result.content).toBe(text);
    });

    it('passes a response format through and answers the parsed object', async () => {
      const schema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false };
      const response = await post(ask('Where is the Eiffel tower?', { responseFormat: { type: 'json_schema', name: 'place', schema } }));
      expect(response.statusCode).toBe(200);
      const result = ChatResult.parse(response.json());
      expect(result.object).toEqual({ city: expect.any(String) });
      expect(harness.simulator.chatRequests[0]?.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'place', schema } });
    });

    it('ends a failed stream with an error event carrying the typed error', async () => {
      harness.simulator.enqueue('gpt-4o-mini', { fault: 'midstream-error', afterChunks: 1 });
      const response = await post(ask('Hello there, how are you?', { stream: true }));
      const frames = parseSse(response.body);
      expect(frames.at(-1)?.event).toBe('error');
      expect(frames.some((frame) => frame.event === 'finish')).toBe(false);
      expect(ErrorBody.parse(JSON.parse(frames.at(-1)!.data)).error.code).toBe('upstream');
    });

    it('answers an upstream failure with its code and a matching status', async () => {
      harness.simulator.enqueue('gpt-4o-mini', { fault: 'rate-limit' });
      const response = await post(ask('hi'));
      expect(response.statusCode).toBe(429);
      expect(ErrorBody.parse(response.json()).error).toMatchObject({ code: 'rate_limited', retryable: true });
    });
  });

  describe('rejects', () => {
    async function expectRejected(response: Awaited<ReturnType<typeof post>>, status: number, message: RegExp) {
      expect(response.statusCode).toBe(status);
      const body = ErrorBody.parse(response.json());
      expect(body.error.message).toMatch(message);
      expect(harness.simulator.chatRequests).toHaveLength(0);
      return body;
    }

    it.each([
      ['baseUrl', 'http://169.254.169.254/latest'],
      ['apiKey', 'sk-canary-client-0001'],
      ['headers', { authorization: 'Bearer sk-canary-client-0002' }],
    ])('a client-supplied %s', async (field, value) => {
      const body = await expectRejected(await post({ ...ask('hi'), [field]: value }), 400, /is not accepted: the server alone decides/);
      expect(body.error.code).toBe('bad_request');
    });

    it('unknown fields', async () => {
      await expectRejected(await post({ ...ask('hi'), frequency_penalty: 2 }), 400, /Unrecognized key/);
    });

    it('a model the gateway does not serve', async () => {
      const body = await expectRejected(await post(ask('hi', { model: 'litellm/gpt-5-imaginary' })), 404, /is not served/);
      expect(body.error.code).toBe('model_not_found');
    });

    it('a tool the server does not offer', async () => {
      await expectRejected(await post(ask('hi', { tools: ['shell'] })), 400, /Unknown tool "shell"/);
    });

    it('more messages than the limit', async () => {
      const messages = Array.from({ length: LIMITS.messages + 1 }, () => ({ role: 'user', content: 'x' }));
      await expectRejected(await post({ model: MODEL, messages }), 400, /messages: Too big/);
    });

    it('a body larger than the limit', async () => {
      const response = await post({ model: MODEL, messages: [{ role: 'user', content: 'x'.repeat(LIMITS.bodyBytes) }] });
      await expectRejected(response, 413, new RegExp(`larger than ${LIMITS.bodyBytes} bytes`));
    });

    it('a body that is not JSON, or not declared as JSON', async () => {
      const broken = await harness.app.inject({ method: 'POST', url: '/api/providers', payload: '{"model":', headers: { 'content-type': 'application/json' } });
      await expectRejected(broken, 400, /not valid JSON/);
      const text = await harness.app.inject({ method: 'POST', url: '/api/providers', payload: 'model=x', headers: { 'content-type': 'text/plain' } });
      await expectRejected(text, 415, /Content-Type must be application\/json/);
    });

    it('a prototype-polluting body', async () => {
      const payload = '{"__proto__":{"admin":true},"model":"litellm/gpt-4o-mini","messages":[{"role":"user","content":"x"}]}';
      const response = await harness.app.inject({ method: 'POST', url: '/api/providers', payload, headers: { 'content-type': 'application/json' } });
      await expectRejected(response, 422, /"__proto__" key, which this server refuses/);
    });
  });

  it('uses only its own key and headers upstream, whatever the client sends', async () => {
    const response = await post(ask('hi'), {
      authorization: 'Bearer sk-canary-client-0003',
      'x-litellm-api-key': 'sk-canary-client-0004',
      'x-forwarded-host': 'evil.example',
    });
    expect(response.statusCode).toBe(200);
    const upstream = harness.simulator.requests.filter((request) => request.path.endsWith('/chat/completions'));
    expect(upstream).toHaveLength(1);
    expect(upstream[0]!.headers['authorization']).toBe(`Bearer ${CANARY_KEY}`);
    expect(JSON.stringify(upstream[0]!.headers)).not.toMatch(/sk-canary-client|evil\.example/);
    expect(response.body).not.toContain(CANARY_KEY);
  });

  it('logs neither the prompt nor any key', async () => {
    await post(ask('my secret prompt text', { tools: ['calculator'], stream: true }));
    await post(ask('another secret prompt'));
    const logs = harness.logs.join('\n');
    expect(harness.logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain('secret prompt');
    expect(logs).not.toContain(CANARY_KEY);
  });

  describe('when the client disconnects', () => {
    async function listen(): Promise<string> {
      await harness.app.listen({ host: '127.0.0.1', port: 0 });
      return `http://127.0.0.1:${(harness.app.server.address() as AddressInfo).port}`;
    }

    it('aborts the upstream stream', async () => {
      harness.simulator.enqueue('gpt-4o-mini', { text: 'a long answer '.repeat(200), chunkSize: 5, chunkDelayMs: 20 });
      const url = await listen();
      const client = new AbortController();
      const response = await fetch(`${url}/api/providers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ask('tell me a story', { stream: true })),
        signal: client.signal,
      });
      const reader = response.body!.getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).toContain('event: ');
      client.abort();
      await eventually(() => harness.simulator.aborted() === 1, 'the simulator to see the upstream call aborted');
    });

    it('aborts the upstream call of a plain chat', async () => {
      harness.simulator.enqueue('gpt-4o-mini', { text: 'late', delayMs: 10_000 });
      const url = await listen();
      const client = new AbortController();
      const pending = fetch(`${url}/api/providers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ask('hi')),
        signal: client.signal,
      }).catch((error: unknown) => error);
      await eventually(() => harness.simulator.chatRequests.length === 1, 'the chat to reach the simulator');
      client.abort();
      await pending;
      await eventually(() => harness.simulator.aborted() === 1, 'the simulator to see the upstream call aborted');
    });
  });
});
