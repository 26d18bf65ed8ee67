import { useSimulator } from './use-simulator';

/** An embeddings answer or an error answer, as far as these tests read them. */
interface Answer {
  data: { index: number; embedding: number[] | string }[];
  error: { message: string };
  [field: string]: unknown;
}

describe('POST /v1/embeddings', () => {
  const simulator = useSimulator();

  async function post(body: unknown, path = '/v1/embeddings') {
    const response = await fetch(`${simulator().url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Answer };
  }

  it('answers a vector per input of the stated length, the same for the same text, with usage and the cost header', async () => {
    const { status, headers, body } = await post({ model: 'text-embedding-3-small', input: ['ab', 'cde', 'ab'] });
    expect(status).toBe(200);
    expect(body).toMatchObject({ object: 'list', model: 'text-embedding-3-small', usage: { prompt_tokens: 3, total_tokens: 3 } });
    const vectors = body.data.map((item) => item.embedding as number[]);
    expect(body.data.map((item) => item.index)).toEqual([0, 1, 2]);
    expect(vectors.map((vector) => vector.length)).toEqual([1536, 1536, 1536]);
    expect(vectors[0]).toEqual(vectors[2]);
    expect(vectors[0]).not.toEqual(vectors[1]);
    expect(Math.hypot(...(vectors[1] ?? []))).toBeCloseTo(1, 5);
    expect(Number(headers.get('x-litellm-response-cost'))).toBeCloseTo(3 * 2e-8, 15);
    expect(headers.get('x-litellm-model-group')).toBe('text-embedding-3-small');
  });

  it('also answers at /embeddings, shortens vectors to dimensions and sends base64 when asked', async () => {
    const { body } = await post({ model: 'text-embedding-3-small', input: 'one', dimensions: 4, encoding_format: 'base64' }, '/embeddings');
    const bytes = Buffer.from(body.data[0]?.embedding as string, 'base64');
    expect(bytes.length).toBe(16);
    const floats = await post({ model: 'text-embedding-3-small', input: 'one', dimensions: 4 });
    expect([0, 4, 8, 12].map((offset) => bytes.readFloatLE(offset))).toEqual(floats.body.data[0]?.embedding);
  });

  it.each([
    [{ model: 'nope', input: 'x' }, 400, /\/embeddings: Invalid model name passed in model=nope/],
    [{ model: 'gpt-4o-mini', input: 'x' }, 400, /is a chat model and does not support embeddings/],
    [{ model: 'text-embedding-3-small', input: '' }, 400, /input/],
    [{ model: 'text-embedding-3-small', input: [] }, 400, /input/],
    [{ model: 'text-embedding-3-small', input: 'x', encoding_format: 'int8' }, 400, /encoding_format/],
  ])('refuses %j the way the proxy does', async (request, status, message) => {
    const answer = await post(request);
    expect(answer.status).toBe(status);
    expect(answer.body.error.message).toMatch(message);
  });

  it('retries an upstream failure twice on its own, as the proxy does, then passes it on', async () => {
    simulator().enqueue('text-embedding-3-small', { fault: 'server-error' }, { fault: 'server-error' }, {});
    expect((await post({ model: 'text-embedding-3-small', input: 'x' })).status).toBe(200);
    simulator().enqueue('text-embedding-3-small', { fault: 'server-error' }, { fault: 'server-error' }, { fault: 'server-error' }, {});
    expect((await post({ model: 'text-embedding-3-small', input: 'x' })).status).toBe(500);
  });

  it('applies queued faults and the route fault as chat does', async () => {
    simulator().enqueue('text-embedding-3-small', ...Array.from({ length: 3 }, () => ({ fault: 'rate-limit' as const, retryAfterSeconds: 0 })));
    const limited = await post({ model: 'text-embedding-3-small', input: 'x' });
    expect(limited.status).toBe(429);
    // LiteLLM 1.83 (the default release) passes no wait on for embeddings.
    expect(limited.headers.get('retry-after')).toBeNull();
    simulator().enqueue('text-embedding-3-small', { fault: 'budget-exceeded' });
    expect((await post({ model: 'text-embedding-3-small', input: 'x' })).status).toBe(429);
    simulator().setRouteFault('embeddings', { fault: 'server-error' });
    expect((await post({ model: 'text-embedding-3-small', input: 'x' })).status).toBe(500);
  });
});
