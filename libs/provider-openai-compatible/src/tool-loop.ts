import {
  type AssistantToolCall,
  type CallWarning,
  type ChatMessage,
  type ChatRequest,
  type ChatResult,
  DEFAULT_MAX_TOOL_ITERATIONS,
  type Logger,
  type ModelPricing,
  ProviderError,
  type StreamEvent,
  type ToolCallRecord,
  type ToolExecutor,
} from '@modelgate/provider-contracts';
import { type OperationTrace, untracedOperation } from '@modelgate/telemetry';
import { type CallScope } from './call-scope';
import { CallTiming } from './call-timing';
import { type Backpressure } from './chat-stream';
import { type ModelTurn, type TurnResult } from './model-turn';
import { toolChoiceForTurn } from './turn-tool-choice';
import { buildResult } from './result-builder';
import { parseStructuredOutput } from './structured-output';
import { SpentFailure, spentOn } from './spent-failure';
import { hasBlankArguments, runTools, toolMessageContent } from './tool-runner';

export interface ToolLoopContext {
  /** Parsed at the entry. */
  request: ChatRequest;
  provider: string;
  pricing: ModelPricing;
  /** The provider's side of the seam: one call of the model. */
  callModel: ModelTurn;
  executor: ToolExecutor | undefined;
  /** Tools of one turn at once unless the request says otherwise. */
  toolConcurrency: number | undefined;
  scope: CallScope;
  logger: Logger;
  /** Takes every event of the call, in order; a plain call drops them. */
  emit: (event: StreamEvent) => void;
  /** A streamed call's reader is far behind: the model's answer is read no further until it catches up. */
  backpressure?: Backpressure;
  /** The call's clock, when the call began before this loop (a fallback model's attempt); else a new one. */
  timing?: CallTiming;
  /** The call's span: each turn and tool run gets a child span of it; none when left out. */
  trace?: OperationTrace;
}

const noop = () => undefined;

function notRun(calls: readonly AssistantToolCall[], turn: number, maxToolTurns: number): CallWarning {
  const names = calls.map((call) => `"${call.name}"`).join(', ');
  const message = `The last turn, after ${maxToolTurns} tool turns, asked for tools anyway (${names}); they were not run`;
  return { code: 'tool-calls-not-run', turn, message };
}

function blankArguments(call: AssistantToolCall, turn: number): CallWarning {
  return { code: 'tool-call-repaired', turn, message: `The call of "${call.name}" (${call.id}) came with empty arguments, read as {}` };
}

/**
 * The tool half of a turn: announces the calls, runs them in parallel, emits each result as it lands, and
 * returns the messages to append: the assistant message with its calls, then one result per call, formatted
 * together (a result must answer a call that precedes it).
 */
async function toolTurn(
  context: ToolLoopContext,
  output: TurnResult,
  turn: number,
  timing: CallTiming,
): Promise<{ records: ToolCallRecord[]; messages: ChatMessage[] }> {
  const { request, emit } = context;
  for (const { id, name, arguments: args } of output.toolCalls) emit({ type: 'tool-call', turn, id, name, arguments: args });
  const startMs = timing.now();
  const options = {
    executor: context.executor,
    signal: context.scope.signal,
    model: request.model,
    turn,
    toolTimeoutMs: request.toolTimeoutMs,
    concurrency: request.toolConcurrency ?? context.toolConcurrency,
    timing,
    trace: context.trace,
  };
  const records = await runTools(output.toolCalls, options, ({ id, name, result, error, durationMs }) =>
    emit({ type: 'tool-result', turn, id, name, result, error, durationMs }),
  );
  timing.toolPhase(startMs);
  const messages: ChatMessage[] = [
    { role: 'assistant', content: output.text === '' ? null : output.text, toolCalls: output.toolCalls },
    ...records.map((record): ChatMessage => ({
      role: 'tool',
      toolCallId: record.id,
      content: toolMessageContent(record),
    })),
  ];
  return { records, messages };
}

/**
 * The one tool loop, for plain and streamed calls alike: `chat()` drops its events, `stream()` hands them
 * out. Each turn calls the model; the tool calls it asks for run in parallel and their results (errors
 * included) go back as `tool` messages. Once `maxToolIterations` turns have asked for tools, the next turn
 * is one last call with `tool_choice: 'none'` that still gets an answer, or, with
 * `onToolLoopLimit: 'error'`, there is no next turn and the call fails with `tool_loop_limit`.
 */
export async function runToolLoop(context: ToolLoopContext): Promise<ChatResult> {
  const timing = context.timing ?? new CallTiming();
  const turns: TurnResult[] = [];
  try {
    return await loop(context, timing, turns);
  } catch (error) {
    // Once the model has answered, the call has cost something: the failure says what.
    if (turns.length === 0) throw error;
    throw new SpentFailure(error, spentOn(turns, timing.timing(), context.pricing));
  }
}

async function loop(context: ToolLoopContext, timing: CallTiming, turns: TurnResult[]): Promise<ChatResult> {
  const { request, scope, logger, emit } = context;
    const trace = context.trace ?? untracedOperation();
  const messages: ChatMessage[] = [...request.messages];
  const maxToolTurns = request.maxToolIterations ?? DEFAULT_MAX_TOOL_ITERATIONS;
  const records: ToolCallRecord[] = [];
  const warnings: CallWarning[] = [];

  for (let turn = 1; ; turn++) {
    const final = turn > maxToolTurns;
    const toolChoice = toolChoiceForTurn(request.toolChoice, turn, final);
    emit({ type: 'turn-start', turn });
    const startMs = timing.now();
    const onFirstToken = turn === 1 ? () => timing.markFirstToken() : noop;
    const turnTrace = trace.turn(turn);
    const { backpressure } = context;
    const output = await context.callModel({ messages, toolChoice, turn, scope, onFirstToken, emit, backpressure, headers: turnTrace.headers });
    turnTrace.end(output);
    const { durationMs } = timing.segment('model', request.model, turn, startMs);
    turns.push(output);
    const { finishReason } = output;
    const fields = { provider: context.provider, model: request.model, turn, finishReason, durationMs };
    logger.debug(fields, 'model turn finished');
    if (output.usage) emit({ type: 'usage', turn, usage: output.usage });
    // On the final turn the tools are listed but `none` was asked: calls made anyway are not run.
    if (output.toolCalls.length > 0 && final) warnings.push(notRun(output.toolCalls, turn, maxToolTurns));
    if (output.toolCalls.length === 0 || final) break;
    for (const call of output.toolCalls) if (hasBlankArguments(call)) warnings.push(blankArguments(call, turn));

    const done = await toolTurn(context, output, turn, timing);
    records.push(...done.records);
    messages.push(...done.messages);
    if (turn === maxToolTurns && request.onToolLoopLimit === 'error') {
      const message = `The model still wanted tools after ${maxToolTurns} tool turns`;
      throw new ProviderError({ code: 'tool_loop_limit', message });
    }
  }

  const object = parseStructuredOutput(request.responseFormat, turns[turns.length - 1].text);
  const result = buildResult({
    model: request.model,
    provider: context.provider,
    turns,
    toolCalls: records,
    timing: timing.timing(),
    pricing: context.pricing,
    object,
    warnings,
  });
  emit({ type: 'finish', result });
  return result;
}
