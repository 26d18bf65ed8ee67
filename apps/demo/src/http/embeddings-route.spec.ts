import { ErrorBody } from '../shared/api-contract';
import { EMBEDDING_LIMITS, EmbeddingsAnswer } from '../shared/embeddings-contract';
import { type Harness, startHarness } from '../test-support/demo-harness';

const EMBEDDER = 'litellm/text-embedding-3-small';

describe('POST /api/embeddings', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(() => harness.close());

  const post = (payload: unknown) => harness.app.inject({ method: 'POST', url: '/api/embeddings', payload: payload as object });
  const upstreamCalls = () => harness.simulator.requests.filter((request) => request.path.endsWith('/embeddings'));

  it('answers one vector per input, in order, with usage and cost', async () => {
    const response = await post({ model: EMBEDDER, input: ['ab', 'cde', 'ab'], dimensions: 8 });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const answer = EmbeddingsAnswer.strict().parse(response.json());
    expect(answer.embeddings.map((vector) => vector.length)).toEqual([8, 8, 8]);
    expect(answer.embeddings[0]).toEqual(answer.embeddings[2]);
    expect(answer.embeddings[0]).not.toEqual(answer.embeddings[1]);
    expect(answer).toMatchObject({ model: EMBEDDER, usage: { inputTokens: 3 }, cost: { source: 'gateway-header' } });
  });

  it('refuses a chat model with a typed 422 (the body is well formed) before any request leaves', async () => {
    const response = await post({ model: 'litellm/gpt-4o-mini', input: 'ab' });
    expect(response.statusCode).toBe(422);
    expect(ErrorBody.parse(response.json()).error).toMatchObject({ code: 'bad_request', message: 'Model "litellm/gpt-4o-mini" is a chat model, not an embedding model' });
    expect(upstreamCalls()).toEqual([]);
  });

  it('is refused by the chat route for an embedding model, with a 422 and no request', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/api/providers',
      payload: { model: EMBEDDER, messages: [{ role: 'user', content: 'hi' }] },
    });
    expect(response.statusCode).toBe(422);
    expect(ErrorBody.parse(response.json()).error.message).toBe(`Model "${EMBEDDER}" is an embedding model, not a chat model`);
    expect(harness.simulator.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('answers 404 for a model the gateway does not serve', async () => {
    const response = await post({ model: 'litellm/nope', input: 'ab' });
    expect(response.statusCode).toBe(404);
    expect(ErrorBody.parse(response.json()).error.code).toBe('model_not_found');
  });

  it.each([
    ['no input', { model: EMBEDDER }],
    ['an empty text', { model: EMBEDDER, input: '' }],
    ['no texts', { model: EMBEDDER, input: [] }],
    ['too many texts', { model: EMBEDDER, input: Array.from({ length: EMBEDDING_LIMITS.inputs + 1 }, () => 'x') }],
    ['a field the server does not take', { model: EMBEDDER, input: 'x', baseUrl: 'http://elsewhere' }],
    ['zero dimensions', { model: EMBEDDER, input: 'x', dimensions: 0 }],
  ])('refuses %s with a 400 naming the problem, sending nothing', async (_case, payload) => {
    const response = await post(payload);
    expect(response.statusCode).toBe(400);
    expect(ErrorBody.parse(response.json()).error.message).toMatch(/^Invalid request body: /);
    expect(upstreamCalls()).toEqual([]);
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await harness.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { operationId?: string }>> };
    expect(document.paths['/api/embeddings']?.['post']?.operationId).toBe('embeddings');
  });
});
