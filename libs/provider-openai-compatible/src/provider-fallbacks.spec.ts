import { ask, MODEL, MODES, providerFor, REASONER, run, useSimulator } from './test-support/harness';
import { rejection } from '@modelgate/testing';

describe('fallback models', () => {
  const simulator = useSimulator();
  const models = () => simulator().chatRequests.map((r) => r.model);

  describe.each(MODES)('%s', (mode) => {
    it('answers with the fallback model when the first is rate limited, listing the failed attempt', async () => {
      simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit' });
      simulator().enqueue('reasoner-mini', { text: 'from the fallback' });
      const { result, events } = await run(providerFor(simulator()), ask('hi', { fallbackModels: [REASONER] }), mode);
      expect(result).toMatchObject({ content: 'from the fallback', model: REASONER });
      expect(result.gateway.failedAttempts).toEqual([{ model: MODEL, code: 'rate_limited', message: expect.any(String), status: 429 }]);
      expect(models()).toEqual(['gpt-4o-mini', 'reasoner-mini']);
      // The failed attempt showed the caller nothing: one turn started, the fallback's.
      expect(events.filter((e) => e.type === 'turn-start')).toHaveLength(mode === 'stream' ? 1 : 0);
    });

    it('times the answer from the start of the call, the failed attempt included', async () => {
      simulator().enqueue('gpt-4o-mini', { fault: 'status', status: 503, delayMs: 100 });
      const started = performance.now();
      const { result } = await run(providerFor(simulator()), ask('hi', { fallbackModels: [REASONER] }), mode);
      const wall = performance.now() - started;
      expect(result.timing.totalMs).toBeLessThanOrEqual(wall);
      // The fallback's turn began after the first attempt's 100 ms on the call's one clock.
      expect(result.timing.segments.map((s) => s.name)).toEqual([REASONER]);
      expect(result.timing.segments[0].startMs).toBeGreaterThanOrEqual(95);
    });

    it('falls back from a model the server does not serve', async () => {
      const notFound = { error: { message: 'The model `reasoner-mini` does not exist', type: 'invalid_request_error', code: 'model_not_found' } };
      simulator().enqueue('reasoner-mini', { fault: 'status', status: 404, body: notFound });
      const { result } = await run(providerFor(simulator()), ask('hi', { model: REASONER, fallbackModels: [MODEL] }), mode);
      expect(result.model).toBe(MODEL);
      expect(result.gateway.failedAttempts.map((a) => a.code)).toEqual(['model_not_found']);
    });

    it('tries no fallback on a failure another model would share', async () => {
      simulator().enqueue('gpt-4o-mini', { fault: 'unauthorized' });
      const error = await rejection(run(providerFor(simulator()), ask('hi', { fallbackModels: [REASONER] }), mode));
      expect(error).toMatchObject({ code: 'unauthorized', model: MODEL });
      expect(models()).toEqual(['gpt-4o-mini']);
    });

    it("fails with the last model's error when every model fails, naming the models that failed before it", async () => {
      simulator().enqueue('gpt-4o-mini', { fault: 'rate-limit' });
      simulator().enqueue('reasoner-mini', { fault: 'server-error' });
      const error = await rejection(run(providerFor(simulator()), ask('hi', { fallbackModels: [REASONER] }), mode));
      expect(error).toMatchObject({ code: 'upstream', model: REASONER, status: 500, retryable: true });
      expect(error.message).toMatch(new RegExp(`\\(after ${MODEL} \\(rate_limited\\) failed\\)$`));
      expect(models()).toEqual(['gpt-4o-mini', 'reasoner-mini']);
    });

    it('reports no failed attempts when the first model answers', async () => {
      const { result } = await run(providerFor(simulator()), ask('hi', { fallbackModels: [REASONER] }), mode);
      expect(result.gateway.failedAttempts).toEqual([]);
      expect(models()).toEqual(['gpt-4o-mini']);
    });
  });

  it('tries no fallback once text was streamed to the caller', async () => {
    simulator().enqueue('gpt-4o-mini', { fault: 'midstream-error', afterChunks: 2 });
    const stream = providerFor(simulator()).stream(ask('hi', { fallbackModels: [REASONER] }));
    const deltas: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const event of stream) if (event.type === 'text-delta') deltas.push(event.delta);
      })(),
    );
    expect(deltas.length).toBeGreaterThan(0);
    expect(error.retryable).toBe(true);
    expect(models()).toEqual(['gpt-4o-mini']);
  });
});
