import { type EmbeddingRequest } from '@modelgate/provider-contracts';
import { rejection } from '@modelgate/testing';
import { estimateTokens } from './embeddings/batch-plan';
import { EMBEDDER, EMBEDDER_MAX_TOKENS, EMBEDDING_PRICES, providerFor, useSimulator } from './test-support/harness';

const texts = (count: number, prefix = 'text') => Array.from({ length: count }, (_, index) => `${prefix} ${index}`);
const embed = (input: EmbeddingRequest['input'], overrides: Partial<EmbeddingRequest> = {}): EmbeddingRequest => ({
  model: EMBEDDER,
  input,
  ...overrides,
});

describe('embeddings through the OpenAI-compatible engine', () => {
  const simulator = useSimulator();
  const embeddingCalls = () => simulator().requests.filter((request) => request.path === '/v1/embeddings');
  const sentInputs = () => embeddingCalls().map((request) => (request.body as { input: string[] }).input);

  it('gives one vector per text, in order, with usage, the header cost and the gateway metadata', async () => {
    const result = await providerFor(simulator()).embed(embed(['ab', 'cde']));
    expect(result).toMatchObject({ model: EMBEDDER, provider: 'litellm', dimensions: 1536, batches: 1 });
    expect(result.embeddings.map((vector) => vector.length)).toEqual([1536, 1536]);
    expect(result.usage).toMatchObject({ inputTokens: 2, outputTokens: 0, totalTokens: 2 });
    expect(result.cost).toEqual({ usd: 2 * EMBEDDING_PRICES.inputPerToken, source: 'gateway-header' });
    expect(result.gateway.callId).toEqual(expect.any(String));
    expect(result.timing.segments).toHaveLength(1);
  });

  it('asks for base64 on the wire and decodes it to the floats the server sends as JSON', async () => {
    const provider = providerFor(simulator());
    const decoded = await provider.embed(embed(['same text', 'other text'], { dimensions: 8 }));
    expect(embeddingCalls()[0]?.body).toMatchObject({ model: 'text-embedding-3-small', encoding_format: 'base64', dimensions: 8 });
    const plain = await fetch(`${simulator().url}/v1/embeddings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'text-embedding-3-small', input: ['same text', 'other text'], dimensions: 8 }),
    });
    const floats = ((await plain.json()) as { data: { embedding: number[] }[] }).data.map((item) => item.embedding);
    expect(decoded.embeddings).toEqual(floats);
    expect(decoded.embeddings[0]).not.toEqual(decoded.embeddings[1]);
  });

  it('splits a large input into batches of at most embeddingBatchSize texts and puts the vectors back in order', async () => {
    const input = texts(25);
    // Later batches answer first: the first batch is the slowest, so order comes from positions, not arrival.
    simulator().enqueue('text-embedding-3-small', { delayMs: 150 }, { delayMs: 50 });
    const batched = await providerFor(simulator(), { config: { embeddingBatchSize: 10, embeddingConcurrency: 3 } }).embed(embed(input, { dimensions: 4 }));
    expect(sentInputs()).toEqual([input.slice(0, 10), input.slice(10, 20), input.slice(20)]);
    const single = await providerFor(simulator(), { config: { embeddingBatchSize: 100 } }).embed(embed(input, { dimensions: 4 }));
    expect(batched.batches).toBe(3);
    expect(batched.embeddings).toEqual(single.embeddings);
    expect(batched.usage.inputTokens).toBe(single.usage.inputTokens);
    expect(batched.cost.source).toBe('gateway-header');
    expect(batched.cost.usd).toBeCloseTo(single.cost.usd ?? NaN, 15);
  });

  it("caps each batch by the model's max input tokens, estimated from the texts' lengths", async () => {
    const long = 'x'.repeat(9000);
    const perText = estimateTokens(long);
    const input = [long, long, long, long, long];
    await providerFor(simulator()).embed(embed(input, { dimensions: 2 }));
    const sizes = sentInputs().map((batch) => batch.length);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(5);
    expect(Math.max(...sizes)).toBe(Math.floor(EMBEDDER_MAX_TOKENS / perText));
  });

  it('fails the whole call when one batch fails, naming the inputs of that batch, and starts no more batches', async () => {
    // Three failures: the simulated proxy, like LiteLLM's embedding route, retries its upstream twice itself.
    simulator().enqueue('text-embedding-3-small', {}, { fault: 'server-error' }, { fault: 'server-error' }, { fault: 'server-error' });
    const provider = providerFor(simulator(), { config: { embeddingBatchSize: 10, embeddingConcurrency: 1 } });
    const error = await rejection(provider.embed(embed(texts(40), { dimensions: 2 })));
    expect(error).toMatchObject({ code: 'upstream', status: 500, retryable: true, model: EMBEDDER, provider: 'litellm' });
    expect(error.message).toMatch(/^Embedding inputs 10-19 of 40 \(batch 2 of 4\) failed: /);
    expect(embeddingCalls()).toHaveLength(2);
  });

  it.each([
    ['the usage field', { costHeaderUsd: null, usage: { cost: 0.25 } }, { usd: 0.25, source: 'usage-field' }],
    ['the price table', { costHeaderUsd: null }, { usd: 3 * EMBEDDING_PRICES.inputPerToken, source: 'price-table' }],
    ['nowhere (unknown, not 0)', { costHeaderUsd: null, usage: null }, { usd: null, source: 'unknown' }],
  ] as const)('takes the cost from %s when no header says it', async (_source, reply, cost) => {
    simulator().enqueue('text-embedding-3-small', reply);
    const result = await providerFor(simulator()).embed(embed(['abcdefghi']));
    expect(result.cost.source).toBe(cost.source);
    if (cost.usd === null) expect(result.cost.usd).toBeNull();
    else expect(result.cost.usd).toBeCloseTo(cost.usd, 15);
  });

  it('sends user and tags the way LiteLLM tracks spend', async () => {
    await providerFor(simulator()).embed(embed('one', { user: 'user-7', tags: ['search', 'kb'] }));
    expect(embeddingCalls()[0]?.body).toMatchObject({ input: ['one'], user: 'user-7', metadata: { tags: ['search', 'kb'] } });
  });

  it('times out a batch that stalls, within the call timeout', async () => {
    simulator().enqueue('text-embedding-3-small', { fault: 'stall-headers' });
    const error = await rejection(providerFor(simulator()).embed(embed('slow', { timeoutMs: 300 })));
    expect(error).toMatchObject({ code: 'timeout' });
  });

  it('reads a truncated answer as invalid_response', async () => {
    simulator().enqueue('text-embedding-3-small', { fault: 'malformed-json' });
    const error = await rejection(providerFor(simulator()).embed(embed('cut')));
    expect(error).toMatchObject({ code: 'invalid_response' });
  });
});
