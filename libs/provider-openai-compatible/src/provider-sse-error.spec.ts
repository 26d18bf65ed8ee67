import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { rejection } from '@modelgate/testing';
import { ask, collect, providerFor } from './test-support/harness';

// The simulator fails streams LiteLLM's way (an error object in a data frame); other servers name the event.
const CHUNK = { id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'Hel' }, finish_reason: null }] };

describe('a stream that a server fails with an SSE error event', () => {
  let server: Server;
  let url: string;
  let errorEvent: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end(`data: ${JSON.stringify(CHUNK)}\n\nevent: error\n${errorEvent}\n\n`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fails with what the error event says, not with an answer that ended early', async () => {
    errorEvent = 'data: {"error": {"message": "upstream exploded", "type": "None", "code": "503"}}';
    const error = await rejection(collect(providerFor({ url }).stream(ask('hi'))));
    expect(error).toMatchObject({ code: 'upstream', status: 503, retryable: true });
    expect(error.message).toContain('upstream exploded');
  });

  it('takes a bare error object or plain text as the message', async () => {
    errorEvent = 'data: {"message": "rate limit reached", "code": 429}';
    expect(await rejection(collect(providerFor({ url }).stream(ask('hi'))))).toMatchObject({ code: 'rate_limited' });
    errorEvent = 'data: the backend went away';
    const error = await rejection(collect(providerFor({ url }).stream(ask('hi'))));
    expect(error.message).toContain('the backend went away');
    expect(error.message).not.toMatch(/ended early/);
  });
});
