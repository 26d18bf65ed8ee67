import fc from 'fast-check';
import { estimateTokens, planBatches } from './batch-plan';

describe('planBatches', () => {
  it('keeps a small input in one batch', () => {
    expect(planBatches(['a', 'b'], { maxInputs: 2048, maxTokens: null })).toEqual([{ number: 1, start: 0, end: 2 }]);
  });

  it('sends a text over the token limit alone rather than dropping it', () => {
    const huge = 'x'.repeat(300);
    expect(planBatches(['a', huge, 'b'], { maxInputs: 10, maxTokens: 20 })).toEqual([
      { number: 1, start: 0, end: 1 },
      { number: 2, start: 1, end: 2 },
      { number: 3, start: 2, end: 3 },
    ]);
  });

  it('covers every input once, in order, within both limits, for any texts and limits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
        (texts, maxInputs, maxTokens) => {
          const batches = planBatches(texts, { maxInputs, maxTokens });
          let next = 0;
          for (const [index, batch] of batches.entries()) {
            expect(batch).toMatchObject({ number: index + 1, start: next });
            expect(batch.end).toBeGreaterThan(batch.start);
            expect(batch.end - batch.start).toBeLessThanOrEqual(maxInputs);
            const tokens = texts.slice(batch.start, batch.end).reduce((sum, text) => sum + estimateTokens(text), 0);
            if (maxTokens !== null && batch.end - batch.start > 1) expect(tokens).toBeLessThanOrEqual(maxTokens);
            next = batch.end;
          }
          expect(next).toBe(texts.length);
        },
      ),
    );
  });
});
