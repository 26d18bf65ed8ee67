import { ProviderError } from '@modelgate/provider-contracts';
import { UsageError } from './parse-command';
import { exitCodeFor, formatFailure } from './report-failure';

describe('reporting a failure', () => {
  const unreachable = new ProviderError({ code: 'unreachable', message: 'Cannot connect (ECONNREFUSED)' });

  it('prints one line with the code and the cause', () => {
    expect(formatFailure(unreachable, false)).toBe('error unreachable: Cannot connect (ECONNREFUSED)\n');
    expect(formatFailure(new UsageError('Unknown command "x"'), false)).toBe('error usage: Unknown command "x"\n');
  });

  it('keeps a multi-line message on one line and cuts keys out of unexpected errors', () => {
    expect(formatFailure(new Error('boom\n  at sk-canary-0001'), false)).toBe('error internal: boom at [redacted]\n');
  });

  it('adds what a call that failed after the model answered had spent', () => {
    const usage = { inputTokens: 100, outputTokens: 20, totalTokens: 120, cachedInputTokens: null, cacheCreationInputTokens: null, reasoningTokens: null };
    const timing = { totalMs: 1500, timeToFirstTokenMs: null, modelMs: 1400, toolMs: 0, segments: [] };
    const error = new ProviderError({ code: 'invalid_response', message: 'no match', usage, cost: { usd: 0.0003, source: 'gateway-header' }, timing });
    expect(formatFailure(error, false).split('\n')[1]).toMatch(/^spent before failing: usage 100 in \+ 20 out = 120 tokens; cost \$0\.0003.*; 1\.50 s total$/);
  });

  it('adds the stack only with DEBUG', () => {
    const printed = formatFailure(unreachable, true).split('\n');
    expect(printed[0]).toBe('error unreachable: Cannot connect (ECONNREFUSED)');
    expect(printed[1]).toMatch(/ProviderError/);
    expect(printed.length).toBeGreaterThan(3);
  });

  it('exits 2 for the command line and the environment, 1 for a failed call, 130 when interrupted', () => {
    expect(exitCodeFor(new UsageError('x'), 'run')).toBe(2);
    expect(exitCodeFor(new ProviderError({ code: 'misconfigured', message: 'PORT' }), 'setup')).toBe(2);
    expect(exitCodeFor(unreachable, 'run')).toBe(1);
    expect(exitCodeFor(new ProviderError({ code: 'aborted', message: 'x' }), 'run')).toBe(130);
  });
});
