import { memoryFetch } from './memory-fetch';

const post = (body: object) =>
  memoryFetch()('http://bench.invalid/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('memoryFetch', () => {
  it('answers a plain prompt as the upstream does', async () => {
    const response = await post({ model: 'bench-model', messages: [{ role: 'user', content: 'ping 7' }] });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toMatchObject({ choices: [{ message: { content: 'pong 7' } }] });
  });

  it('reads the body of a Request too', async () => {
    const request = new Request('http://bench.invalid/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ model: 'bench-model', messages: [{ role: 'user', content: 'ping 2' }] }),
    });
    const response = await memoryFetch()(request);
    expect(await response.json()).toMatchObject({ choices: [{ message: { content: 'pong 2' } }] });
  });

  it('answers a request that makes no sense with the upstream’s 400', async () => {
    const response = await post({ model: 'bench-model', messages: [{ role: 'user', content: 'hello' }] });
    expect(response.status).toBe(400);
  });
});
