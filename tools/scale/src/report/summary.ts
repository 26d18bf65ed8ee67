import { type ChatFigures, type ScenarioResult } from '../scenarios/scenario';

export interface SummaryCounts extends ChatFigures {
  /** Model calls each replica answered, in replica order. */
  readonly replicas: readonly number[];
  /** Chats each app instance answered, in instance order. */
  readonly apps: readonly number[];
}

/** The line CI greps: `scale: <n> chats, <m> failed, <k> lost, replicas <a>/<b>, apps <c>/<d>`. */
export function summaryLine(counts: SummaryCounts): string {
  return `scale: ${counts.chats} chats, ${counts.failed} failed, ${counts.lost} lost, replicas ${counts.replicas.join('/')}, apps ${counts.apps.join('/')}`;
}

/** The streamed chats of every scenario together. */
export function sumChats(results: readonly ScenarioResult[]): ChatFigures {
  return results.reduce(
    (sum, result) => ({
      chats: sum.chats + (result.chats?.chats ?? 0),
      failed: sum.failed + (result.chats?.failed ?? 0),
      lost: sum.lost + (result.chats?.lost ?? 0),
    }),
    { chats: 0, failed: 0, lost: 0 },
  );
}

/** `scenario | result | figures`, one row each, widths from the content. */
export function resultTable(results: readonly ScenarioResult[]): string {
  const rows = [['scenario', 'result', 'figures'], ...results.map((result) => [result.name, result.passed ? 'pass' : 'FAIL', result.figures])];
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ').trimEnd()).join('\n');
}
