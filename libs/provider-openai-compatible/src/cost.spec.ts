import { EMPTY_USAGE, type ModelPricing, type Usage } from '@modelgate/provider-contracts';
import { resolveCost, type TurnCostInput } from './cost';

const usage = (inputTokens: number, outputTokens: number): Usage => ({ ...EMPTY_USAGE, inputTokens, outputTokens });
const prices: ModelPricing = { inputPerToken: 0.000001, outputPerToken: 0.000002 };
const noPrices: ModelPricing = { inputPerToken: null, outputPerToken: null };

function turn(overrides: Partial<TurnCostInput> = {}): TurnCostInput {
  return { headerUsd: null, usageUsd: null, usage: null, ...overrides };
}

describe('resolveCost', () => {
  it('sums the gateway header over the turns when every turn had it', () => {
    expect(resolveCost([turn({ headerUsd: 0.001, usageUsd: 9 }), turn({ headerUsd: 0.002 })], prices)).toEqual({
      usd: 0.003,
      source: 'gateway-header',
    });
  });

  it('falls back to the usage field when a turn had no header, as on streams', () => {
    expect(resolveCost([turn({ headerUsd: 0.5, usageUsd: 0.01 }), turn({ usageUsd: 0.02 })], prices)).toEqual({
      usd: 0.03,
      source: 'usage-field',
    });
  });

  it('prices the tokens when neither header nor usage field covers every turn', () => {
    const cost = resolveCost([turn({ usage: usage(1000, 500) }), turn({ usage: usage(10, 0), usageUsd: 1 })], prices);
    expect(cost.source).toBe('price-table');
    expect(cost.usd).toBeCloseTo(0.00201, 10);
  });

  it('prices cache reads and writes at the cache prices, and the rest of the input at the input price', () => {
    const cached = { ...usage(1000, 100), cachedInputTokens: 600, cacheCreationInputTokens: 300 };
    const cachePrices = { ...prices, cacheReadPerToken: 0.0000001, cacheWritePerToken: 0.00000125 };
    // 100 plain x 1e-6 + 600 read x 1e-7 + 300 written x 1.25e-6 + 100 out x 2e-6
    expect(resolveCost([turn({ usage: cached })], cachePrices).usd).toBeCloseTo(0.0001 + 0.00006 + 0.000375 + 0.0002, 12);
  });

  it('prices cached tokens at the input price when the model has no cache prices', () => {
    const cached = { ...usage(1000, 0), cachedInputTokens: 600, cacheCreationInputTokens: 300 };
    expect(resolveCost([turn({ usage: cached })], prices).usd).toBeCloseTo(0.001, 12);
  });

  it('is unknown without prices rather than zero', () => {
    expect(resolveCost([turn({ usage: usage(10, 10) })], noPrices)).toEqual({ usd: null, source: 'unknown' });
  });

  it('is unknown when only one of the two prices is known', () => {
    expect(resolveCost([turn({ usage: usage(10, 10) })], { ...prices, outputPerToken: null }).source).toBe('unknown');
  });

  it('is unknown when a turn reported no tokens', () => {
    expect(resolveCost([turn({ usage: usage(10, 10) }), turn()], prices)).toEqual({ usd: null, source: 'unknown' });
  });

  it('keeps a reported zero as a real zero', () => {
    expect(resolveCost([turn({ headerUsd: 0 })], prices)).toEqual({ usd: 0, source: 'gateway-header' });
  });
});
