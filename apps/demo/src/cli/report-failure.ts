import { isProviderError, redactSecrets } from '@modelgate/provider-contracts';
import { UsageError } from './parse-command';

/** 1: the call failed; 2: the command line or the environment is wrong; 130: interrupted (as shells do). */
export function exitCodeFor(error: unknown, phase: 'setup' | 'run'): number {
  if (error instanceof UsageError) return 2;
  if (isProviderError(error) && error.code === 'aborted') return 130;
  return phase === 'setup' ? 2 : 1;
}

/** The one line a failure prints: `error <code>: <message>`, plus the stack only with DEBUG. */
export function formatFailure(error: unknown, debug: boolean): string {
  const [code, message] =
    error instanceof UsageError
      ? ['usage', error.message]
      : isProviderError(error)
        ? [error.code, error.message]
        : ['internal', redactSecrets(error instanceof Error ? error.message : String(error))];
  const line = `error ${code}: ${message.replace(/\s*\n\s*/g, ' ')}`;
  const stack = debug && error instanceof Error && error.stack ? `\n${redactSecrets(error.stack)}` : '';
  return `${line}${stack}\n`;
}
