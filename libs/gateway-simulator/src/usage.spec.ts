import { computeUsage, costFromUsage, estimateTokens, pythonFloat } from './usage';

const request = { model: 'm', messages: [{ role: 'user', content: 'x'.repeat(40) }] };
const produced = (text: string, reasoning = '', toolArguments: string[] = []) => ({ text, reasoning, toolArguments });

describe('estimateTokens', () => {
  it('counts one token per four characters, rounded up', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd')).toBe(1);
    expect(estimateTokens('abcde')).toBe(2);
  });
});

describe('computeUsage', () => {
  it('derives prompt and completion tokens from text lengths, with the total', () => {
    const usage = computeUsage(request, produced('y'.repeat(8)), undefined)!;
    expect(usage.completion_tokens).toBe(2);
    expect(usage.prompt_tokens).toBeGreaterThan(10);
    expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
  });

  it('counts reasoning and tool arguments as completion tokens and reports reasoning tokens', () => {
    const usage = computeUsage(request, produced('', 'r'.repeat(8), ['{"a":1}']), undefined)!;
    expect(usage.completion_tokens).toBe(2 + 2);
    expect(usage.completion_tokens_details).toEqual({ reasoning_tokens: 2 });
  });

  it('lets scripted fields replace computed ones', () => {
    const usage = computeUsage(request, produced('hi'), { prompt_tokens: 100, completion_tokens: 7, cost: 0.5 })!;
    expect(usage).toEqual({ prompt_tokens: 100, completion_tokens: 7, total_tokens: 107, cost: 0.5 });
  });

  it('keeps a scripted total even when it does not add up', () => {
    expect(computeUsage(request, produced('hi'), { total_tokens: 3 })!.total_tokens).toBe(3);
  });

  it('passes cached and reasoning token details through', () => {
    const usage = computeUsage(request, produced('hi'), {
      prompt_tokens_details: { cached_tokens: 4 },
      completion_tokens_details: { reasoning_tokens: 9 },
    })!;
    expect(usage.prompt_tokens_details).toEqual({ cached_tokens: 4 });
    expect(usage.completion_tokens_details).toEqual({ reasoning_tokens: 9 });
  });

  it('reports no usage at all when the script says null', () => {
    expect(computeUsage(request, produced('hi'), null)).toBeNull();
  });
});

describe('costFromUsage', () => {
  const usage = { prompt_tokens: 1000, completion_tokens: 500, total_tokens: 1500 };

  it('multiplies tokens by per-token prices', () => {
    expect(costFromUsage(usage, { input: 1e-6, output: 2e-6 })).toBeCloseTo(0.002, 12);
  });

  it('is null without prices or without usage', () => {
    expect(costFromUsage(usage, { input: null, output: null })).toBeNull();
    expect(costFromUsage(null, { input: 1, output: 1 })).toBeNull();
  });
});

describe('pythonFloat', () => {
  it('writes small numbers in exponent form like Python', () => {
    expect(pythonFloat(3.75e-5)).toBe('3.75e-05');
    expect(pythonFloat(1e-7)).toBe('1e-07');
  });

  it('writes whole numbers with .0 like Python', () => {
    expect(pythonFloat(0)).toBe('0.0');
    expect(pythonFloat(12)).toBe('12.0');
  });

  it('writes ordinary decimals plainly', () => {
    expect(pythonFloat(0.00015)).toBe('0.00015');
    expect(pythonFloat(12.345)).toBe('12.345');
  });

  it('writes huge numbers with a signed exponent', () => {
    expect(pythonFloat(1e16)).toBe('1e+16');
  });
});
