import { ChatResult, type StreamEvent } from '@modelgate/provider-contracts';
import { ask, collect, comparable, MODEL, providerFor, REASONER, useSimulator } from './test-support/harness';

const types = (events: StreamEvent[]) => events.map((e) => e.type);
const text = (events: StreamEvent[], type: 'text-delta' | 'reasoning-delta') =>
  events.flatMap((e) => (e.type === type ? [e.delta] : [])).join('');

describe('a streamed chat call against the gateway simulator', () => {
  const simulator = useSimulator();

  it('yields turn-start, text deltas, usage and a finish carrying the result', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'Streaming works fine', chunkSize: 4, usage: { prompt_tokens: 7, completion_tokens: 4 } });
    const stream = providerFor(simulator()).stream(ask('hi'));
    const { events, result } = await collect(stream);
    expect(types(events)[0]).toBe('turn-start');
    expect(types(events).slice(-2)).toEqual(['usage', 'finish']);
    expect(events.filter((e) => e.type === 'text-delta').length).toBe(5);
    expect(text(events, 'text-delta')).toBe('Streaming works fine');
    expect(events.at(-1)).toEqual({ type: 'finish', result });
    expect(ChatResult.parse(result)).toEqual(result);
    expect(result).toMatchObject({ content: 'Streaming works fine', usage: { inputTokens: 7, outputTokens: 4, totalTokens: 11 }, turns: 1 });
  });

  it('asks for the usage chunk and reads it', async () => {
    await collect(providerFor(simulator()).stream(ask('hi')));
    expect(simulator().chatRequests[0]).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('takes the cost from usage.cost, since streams carry no cost header', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'ok', usage: { prompt_tokens: 5, completion_tokens: 1, cost: 0.00031 } });
    const { result } = await collect(providerFor(simulator()).stream(ask('hi')));
    expect(result.cost).toEqual({ usd: 0.00031, source: 'usage-field' });
  });

  it('falls back to the price table without usage.cost', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'ok', usage: { prompt_tokens: 5, completion_tokens: 1 } });
    const { result } = await collect(providerFor(simulator()).stream(ask('hi')));
    expect(result.cost.source).toBe('price-table');
  });

  it('streams reasoning as its own deltas, kept out of the answer', async () => {
    const { events, result } = await collect(providerFor(simulator()).stream(ask('hi', { model: REASONER })));
    expect(text(events, 'reasoning-delta')).toBe(result.reasoning);
    expect(text(events, 'text-delta')).toBe('You said: hi');
    expect(result.content).toBe('You said: hi');
  });

  it('gives the same result as a plain call for the same script', async () => {
    // No cost header on the plain answer either, as on streams (LiteLLM #12689): both read usage.cost.
    const reply = { text: 'Same either way', reasoning: 'hmm', usage: { prompt_tokens: 9, completion_tokens: 3, cost: 0.001 }, costHeaderUsd: null };
    simulator().enqueue('gpt-4o-mini', reply, reply);
    const provider = providerFor(simulator());
    const plain = await provider.chat(ask('hi'));
    const { result: streamed } = await collect(provider.stream(ask('hi')));
    expect(comparable(streamed)).toEqual(comparable(plain));
    expect(streamed.cost).toEqual(plain.cost);
  });

  it('settles result for a caller that awaits it without iterating', async () => {
    simulator().enqueue('gpt-4o-mini', { text: 'just the result' });
    await expect(providerFor(simulator()).stream(ask('hi')).result).resolves.toMatchObject({ content: 'just the result' });
  });

  it('counts the first token from the first delta', async () => {
    const { result } = await collect(providerFor(simulator()).stream(ask('hi')));
    expect(result.timing.timeToFirstTokenMs).not.toBeNull();
    expect(result.timing.timeToFirstTokenMs!).toBeLessThanOrEqual(result.timing.totalMs);
  });

  it('reads a long stream of small chunks completely', async () => {
    const long = 'x'.repeat(2000);
    simulator().enqueue('gpt-4o-mini', { text: long, chunkSize: 1 });
    const { events, result } = await collect(providerFor(simulator()).stream(ask('hi')));
    expect(result.content).toBe(long);
    expect(events.filter((e) => e.type === 'text-delta')).toHaveLength(2000);
    expect(result.model).toBe(MODEL);
  });
});
