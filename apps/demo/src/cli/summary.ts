import { type ChatResult, type ToolCallRecord } from '@modelgate/provider-contracts';
import { formatCost, formatDuration, formatTiming, formatUsage } from '../shared/format';
import { type Paint } from './terminal';

/** Usage, cost and timing under an answer. */
export function formatSummary(result: ChatResult, paint: Paint): string {
  return [
    `${paint.dim('usage ')} ${formatUsage(result.usage)}`,
    `${paint.dim('cost  ')} ${formatCost(result.cost)}`,
    `${paint.dim('timing')} ${formatTiming(result)}`,
  ].join('\n');
}

export function formatToolCall(name: string, args: string, paint: Paint): string {
  return paint.dim(`  -> ${name}(${args})`);
}

export function formatToolResult(record: Pick<ToolCallRecord, 'result' | 'error' | 'durationMs'>, paint: Paint): string {
  const took = formatDuration(record.durationMs);
  return record.error === null
    ? paint.dim(`  <- ${record.result ?? ''} (${took})`)
    : paint.red(`  <- failed: ${record.error} (${took})`);
}
