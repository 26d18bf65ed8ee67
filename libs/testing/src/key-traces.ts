import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { type Logger } from '@modelgate/provider-contracts';

/**
 * What would show a key leaked: the key, its last 8 characters (LiteLLM echoes 4) and its SHA-256 (which
 * LiteLLM's 401 echoes, issue #39757). Returns the traces found in any of the texts, so a spec asserts `[]`.
 */
export function keyTraces(key: string, texts: readonly string[]): string[] {
  const traces = [key, key.slice(-8), createHash('sha256').update(key).digest('hex')];
  return traces.filter((trace) => texts.some((text) => text.includes(trace)));
}

/** Every way an error may be shown: message, JSON, string, stack, and inspected with its causes. */
export function errorTexts(error: unknown): string[] {
  const shown = error as Error;
  return [String(shown?.message), JSON.stringify(shown), String(shown), String(shown?.stack), inspect(shown, { depth: 10 })];
}

/** A logger keeping every line as one inspected text, fields and message together. */
export class TextLogger implements Logger {
  readonly lines: string[] = [];
  debug = (fields: Record<string, unknown>, message: string) => this.record('debug', fields, message);
  info = (fields: Record<string, unknown>, message: string) => this.record('info', fields, message);
  warn = (fields: Record<string, unknown>, message: string) => this.record('warn', fields, message);
  error = (fields: Record<string, unknown>, message: string) => this.record('error', fields, message);
  private record(level: string, fields: Record<string, unknown>, message: string): void {
    this.lines.push(inspect({ level, fields, message }, { depth: 10 }));
  }
}
