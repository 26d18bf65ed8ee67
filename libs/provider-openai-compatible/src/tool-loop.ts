import { formatMessages } from '@modelgate/message-formatting';
import {
  type ChatMessage,
  type ChatRequest,
  type ChatResult,
  DEFAULT_MAX_TOOL_ITERATIONS,
  type Logger,
  type ModelInfo,
  type ModelPricing,
  ProviderError,
  type StreamEvent,
  type ToolCallRecord,
  type ToolExecutor,
} from '@modelgate/provider-contracts';
import { type CallScope } from './call-scope';
import { CallTiming } from './call-timing';
import { type ModelCaller, type TurnResult } from './model-call';
import { buildBaseBody, buildTurnBody, toolChoiceForTurn, type WireMessage } from './request-builder';
import { buildResult } from './result-builder';
import { parseStructuredOutput } from './structured-output';
import { runTools, toolMessageContent } from './tool-runner';

export interface ToolLoopContext {
  /** Validated. */
  request: ChatRequest;
  provider: string;
  /** The model's id as the server knows it (prefix stripped). */
  providerModel: string;
  /** What the registry knows of the model, for attachment checks. */
  modelInfo: ModelInfo | undefined;
  pricing: ModelPricing;
  callModel: ModelCaller;
  executor: ToolExecutor | undefined;
  /** Tools of one turn at once unless the request says otherwise. */
  toolConcurrency: number | undefined;
  scope: CallScope;
  logger: Logger;
}

const noop = () => undefined;

/**
 * The one tool loop, for plain and streamed calls alike: `chat()` drains it, `stream()` hands its events
 * out. Each turn calls the model; tool calls it asks for run in parallel and their results (errors
 * included) go back as `tool` messages, after the assistant message that asked. At most
 * `maxToolIterations` turns may ask for tools; then one last call with `tool_choice: 'none'` still gets
 * an answer, or, with `onToolLoopLimit: 'error'`, the call fails with `tool_loop_limit`.
 */
export async function* runToolLoop(context: ToolLoopContext): AsyncGenerator<StreamEvent, ChatResult, undefined> {
  const { request, scope, logger } = context;
  const timing = new CallTiming();
  // Typed as the SDK's message param: this is where message-formatting's wire shape is checked against openai's.
  const format = (messages: ChatMessage[]): WireMessage[] =>
    formatMessages('openai-compatible', messages, { model: context.modelInfo, provider: context.provider });
  const messages = format(request.messages);
  const base = buildBaseBody(request, context.providerModel);
  const maxToolTurns = request.maxToolIterations ?? DEFAULT_MAX_TOOL_ITERATIONS;
  const turns: TurnResult[] = [];
  const records: ToolCallRecord[] = [];

  for (let turn = 1; ; turn++) {
    const final = turn > maxToolTurns;
    const body = buildTurnBody(base, messages, toolChoiceForTurn(request.toolChoice, turn, final));
    yield { type: 'turn-start', turn };
    const startMs = timing.now();
    const output = yield* context.callModel({ body, turn, scope, onFirstToken: turn === 1 ? () => timing.markFirstToken() : noop });
    const segment = timing.segment('model', request.model, turn, startMs);
    turns.push(output);
    logger.debug(
      { provider: context.provider, model: request.model, turn, finishReason: output.finishReason, toolCalls: output.toolCalls.length, durationMs: segment.durationMs },
      'model turn finished',
    );
    if (output.usage) yield { type: 'usage', turn, usage: output.usage };
    // On the final turn the tools are listed but `none` was asked: calls made anyway are not run.
    if (output.toolCalls.length === 0 || final) break;

    for (const call of output.toolCalls) yield { type: 'tool-call', turn, id: call.id, name: call.name, arguments: call.arguments };
    const toolStartMs = timing.now();
    const run = runTools(output.toolCalls, {
      executor: context.executor,
      signal: scope.signal,
      model: request.model,
      turn,
      toolTimeoutMs: request.toolTimeoutMs,
      concurrency: request.toolConcurrency ?? context.toolConcurrency,
      timing,
    });
    let step = await run.next();
    for (; !step.done; step = await run.next()) {
      const { id, name, result, error, durationMs } = step.value;
      yield { type: 'tool-result', turn, id, name, result, error, durationMs };
    }
    timing.toolPhase(toolStartMs);
    records.push(...step.value);
    // The assistant message with its tool calls, then one result per call, formatted together (a result
    // must answer a call that precedes it).
    messages.push(
      ...format([
        { role: 'assistant', content: output.text === '' ? null : output.text, toolCalls: output.toolCalls },
        ...step.value.map((record): ChatMessage => ({ role: 'tool', toolCallId: record.id, content: toolMessageContent(record) })),
      ]),
    );

    if (turn >= maxToolTurns && request.onToolLoopLimit === 'error') {
      throw new ProviderError({ code: 'tool_loop_limit', message: `The model still wanted tools after ${maxToolTurns} tool turns` });
    }
  }

  const answer = turns[turns.length - 1].text;
  const object = parseStructuredOutput(request.responseFormat, answer);
  const result = buildResult({
    model: request.model,
    provider: context.provider,
    turns,
    toolCalls: records,
    timing: timing.timing(),
    pricing: context.pricing,
    object,
  });
  yield { type: 'finish', result };
  return result;
}
