import { isProviderError, type ProviderError, redactSecrets } from '@modelgate/provider-contracts';
import { formatCost, formatDuration, formatUsage } from '../shared/format';
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
  const spent = isProviderError(error) ? formatSpent(error) : '';
  const stack = debug && error instanceof Error && error.stack ? `\n${redactSecrets(error.stack)}` : '';
  return `${line}${spent}${stack}\n`;
}

/** What a call that failed after the model answered had used: it was billed all the same. */
function formatSpent({ usage, cost, timing }: ProviderError): string {
  if (usage === null && cost === null && timing === null) return '';
  const parts = [
    usage && `usage ${formatUsage(usage)}`,
    cost && `cost ${formatCost(cost)}`,
    timing && `${formatDuration(timing.totalMs)} total`,
  ].filter(Boolean);
  return `\nspent before failing: ${parts.join('; ')}`;
}
