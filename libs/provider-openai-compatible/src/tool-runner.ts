import {
  type AssistantToolCall,
  redactSecrets,
  type ToolCallRecord,
  type ToolExecutor,
} from '@modelgate/provider-contracts';
import { type OperationTrace, type ToolTrace, untracedOperation } from '@modelgate/telemetry';
import { linkedController, raceSignal } from './call-scope';
import { type CallTiming } from './call-timing';

export interface ToolRunOptions {
  executor: ToolExecutor | undefined;
  /** The call's signal: when it aborts, every tool is signalled and the run rejects. */
  signal: AbortSignal;
  /** Prefixed model id, for the tools' context. */
  model: string;
  turn: number;
  toolTimeoutMs?: number;
  /** Tools that may run at once; default: all of them. */
  concurrency?: number;
  timing: CallTiming;
  /** The call's span: each tool run gets a child span of it; none when left out. */
  trace?: OperationTrace;
}

const MAX_ERROR_TEXT = 500;

class ToolTimeout extends Error {}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return redactSecrets(text).slice(0, MAX_ERROR_TEXT) || 'The tool failed';
}

/** Tool results go back to the model as text: strings as they are, anything else as JSON. */
function serialise(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
}

/** What the model reads for a failed call: the error in a small JSON object it can reason about. */
export function toolMessageContent(record: ToolCallRecord): string {
  return record.result ?? JSON.stringify({ error: record.error });
}

/** Models send '' for a tool without parameters: such arguments are read as `{}`. */
export function hasBlankArguments(call: AssistantToolCall): boolean {
  return call.arguments.trim() === '';
}

function parseArguments(call: AssistantToolCall): { ok: true; args: unknown } | { ok: false } {
  const text = call.arguments;
  if (hasBlankArguments(call)) return { ok: true, args: {} };
  try {
    return { ok: true, args: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Runs one tool call. Whatever goes wrong with the tool itself (bad JSON arguments, no executor, unknown
 * tool, a throw, its own timeout) becomes the record's `error`, to be sent back to the model; only the end
 * of the whole call (abort, call timeout) rejects.
 */
async function runOne(call: AssistantToolCall, options: ToolRunOptions): Promise<ToolCallRecord> {
  const span = (options.trace ?? untracedOperation()).tool(call, options.turn);
  const record = await runTraced(call, options, span);
  span.end(record);
  return record;
}

async function runTraced(call: AssistantToolCall, options: ToolRunOptions, span: ToolTrace): Promise<ToolCallRecord> {
  const startMs = options.timing.now();
  const record = (args: unknown, result: string | null, error: string | null): ToolCallRecord => ({
    id: call.id,
    name: call.name,
    arguments: call.arguments,
    args,
    result,
    error,
    durationMs: options.timing.segment('tool', call.name, options.turn, startMs).durationMs,
    turn: options.turn,
  });
  const parsed = parseArguments(call);
  if (!parsed.ok) return record(null, null, `The arguments for "${call.name}" are not valid JSON`);
  const { executor } = options;
  if (executor === undefined) return record(parsed.args, null, `No tool executor is configured to run "${call.name}"`);

  // A tool of its own signal only when it has a timeout of its own; otherwise the call's signal is the tool's.
  const { toolTimeoutMs } = options;
  const own = toolTimeoutMs === undefined ? null : linkedController(options.signal);
  const signal = own?.controller.signal ?? options.signal;
  const timer = own && setTimeout(() => own.controller.abort(new ToolTimeout()), toolTimeoutMs);
  try {
    const context = { signal, toolCallId: call.id, model: options.model, turn: options.turn };
    const running = Promise.resolve().then(() => span.run(() => executor.execute(call.name, parsed.args, context)));
    const value = await raceSignal(running, signal);
    try {
      return record(parsed.args, serialise(value), null);
    } catch (error) {
      return record(parsed.args, null, `The result of "${call.name}" cannot be sent as JSON: ${errorText(error)}`);
    }
  } catch (error) {
    if (options.signal.aborted) throw error;
    if (signal.reason instanceof ToolTimeout) {
      return record(parsed.args, null, `"${call.name}" did not finish within ${toolTimeoutMs} ms`);
    }
    return record(parsed.args, null, errorText(error));
  } finally {
    if (timer) clearTimeout(timer);
    own?.dispose();
  }
}

/**
 * Runs the tool calls of one turn in parallel, at most `concurrency` at a time. Hands each record to
 * `onRecord` as its tool finishes; resolves with all of them in the order the model asked for them.
 */
export async function runTools(
  calls: readonly AssistantToolCall[],
  options: ToolRunOptions,
  onRecord: (record: ToolCallRecord) => void,
): Promise<ToolCallRecord[]> {
  const records: ToolCallRecord[] = new Array(calls.length);
  const limit = Math.max(1, options.concurrency ?? calls.length);
  const running = new Map<number, Promise<number>>();
  let next = 0;
  const start = () => {
    const index = next++;
    const done = runOne(calls[index], options).then((record) => {
      records[index] = record;
      return index;
    });
    // Once one tool rejects (the call ended) the others' rejections have no one left to hear them.
    done.catch(() => undefined);
    running.set(index, done);
  };
  while (next < calls.length && running.size < limit) start();
  while (running.size > 0) {
    const index = await Promise.race(running.values());
    running.delete(index);
    if (next < calls.length) start();
    onRecord(records[index]);
  }
  return records;
}
