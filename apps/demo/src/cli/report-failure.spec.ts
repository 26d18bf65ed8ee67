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
