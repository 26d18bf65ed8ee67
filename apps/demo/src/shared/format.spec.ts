import { UNKNOWN_CAPABILITIES } from '@modelgate/provider-contracts';
import {
  formatCapabilities,
  formatContextWindow,
  formatCost,
  formatDuration,
  formatPricePerMillion,
  formatTiming,
  formatUsage,
  formatUsd,
} from './format';

describe('formatting for people', () => {
  it('lists only the capabilities the gateway confirmed', () => {
    expect(formatCapabilities({ ...UNKNOWN_CAPABILITIES, tools: true, vision: false, structuredOutput: true })).toBe('tools, json');
    expect(formatCapabilities(UNKNOWN_CAPABILITIES)).toBe('-');
  });

  it('groups context windows by thousands and shows unknown as a dash', () => {
    expect(formatContextWindow(128000)).toBe('128,000');
    expect(formatContextWindow(null)).toBe('-');
  });

  it('shows tiny costs with their first significant digits', () => {
    expect(formatUsd(0.0000141)).toBe('$0.0000141');
    expect(formatUsd(1.5)).toBe('$1.50');
    expect(formatUsd(0.15)).toBe('$0.15');
    expect(formatUsd(0)).toBe('$0');
  });

  it('states prices per million tokens', () => {
    expect(formatPricePerMillion(0.00000015)).toBe('$0.15');
    expect(formatPricePerMillion(null)).toBe('-');
  });

  it('picks a unit that keeps durations readable', () => {
    expect(formatDuration(0.42)).toBe('0.4 ms');
    expect(formatDuration(212.4)).toBe('212 ms');
    expect(formatDuration(1234)).toBe('1.23 s');
  });

  it('prints unreported token counts as ?, never 0', () => {
    expect(formatUsage({ inputTokens: 42, outputTokens: 12, totalTokens: 54, cachedInputTokens: null, cacheCreationInputTokens: null, reasoningTokens: null })).toBe(
      '42 in + 12 out = 54 tokens',
    );
    expect(formatUsage({ inputTokens: null, outputTokens: 3, totalTokens: null, cachedInputTokens: null, cacheCreationInputTokens: null, reasoningTokens: null })).toBe(
      '? in + 3 out = ? tokens',
    );
  });

  it('names the cached, cache-written and reasoning tokens when the gateway reported them', () => {
    const usage = { inputTokens: 100, outputTokens: 30, totalTokens: 130, cachedInputTokens: 60, cacheCreationInputTokens: 20, reasoningTokens: 10 };
    expect(formatUsage(usage)).toBe('100 in + 30 out = 130 tokens (60 cached, 20 written to cache, 10 reasoning)');
    expect(formatUsage({ ...usage, cachedInputTokens: 0, cacheCreationInputTokens: null })).toBe('100 in + 30 out = 130 tokens (10 reasoning)');
  });

  it('says where a cost came from, or that it is unknown', () => {
    expect(formatCost({ usd: 0.00012, source: 'price-table' })).toBe('$0.00012 (from the price table)');
    expect(formatCost({ usd: null, source: 'unknown' })).toBe('unknown');
  });

  it('summarises timing with the time to first token when there was one', () => {
    const timing = { totalMs: 250, timeToFirstTokenMs: 40, modelMs: 200, toolMs: 0.3, segments: [] };
    expect(formatTiming({ timing, turns: 2 })).toBe('250 ms total, first token 40 ms, model 200 ms, tools 0.3 ms, 2 turns');
    expect(formatTiming({ timing: { ...timing, timeToFirstTokenMs: null }, turns: 1 })).toBe('250 ms total, model 200 ms, tools 0.3 ms, 1 turn');
  });
});
