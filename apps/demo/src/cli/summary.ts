import { type ChatResult, type ToolCallRecord } from '@modelgate/provider-contracts';
import { formatCost, formatDuration, formatTiming, formatUsage } from '../shared/format';
import { type Paint } from './terminal';

/** Usage, cost and timing under an answer, then what the library did to the call unasked (its warnings). */
export function formatSummary(result: Pick<ChatResult, 'usage' | 'cost' | 'timing' | 'turns' | 'warnings'>, paint: Paint): string {
  return [
    `${paint.dim('usage ')} ${formatUsage(result.usage)}`,
    `${paint.dim('cost  ')} ${formatCost(result.cost)}`,
    `${paint.dim('timing')} ${formatTiming(result)}`,
    ...result.warnings.map((warning) => `${paint.red('warning')} ${warning.code} (turn ${warning.turn}): ${warning.message}`),
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
