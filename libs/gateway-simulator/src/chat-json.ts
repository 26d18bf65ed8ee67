import { type ChatAnswer } from './chat-answer';
import { choiceLogprobs, type Completion, type CompletionToolCall } from './completion';
import { errorHeaders, gatewayHeaders } from './gateway-headers';
import { sendError, sendJson, sendText, untilAborted, withoutEmpty, writeFlushed } from './http-io';
import { errors } from './litellm-errors';
import { type SimulatorFlavor } from './simulator-options';
import { costFromUsage } from './usage';

function wireToolCall(call: CompletionToolCall): Record<string, unknown> {
  const wire: Record<string, unknown> = { type: 'function', function: { name: call.name, arguments: call.arguments } };
  // Only the missing-id bug script leaves the id out.
  return call.id === null ? wire : { id: call.id, ...wire };
}

/**
 * A `chat.completion` body. LiteLLM 1.83 leaves unset fields out (no `tool_calls`, `function_call` or
 * `system_fingerprint` when unused; `content: null` beside tool calls); an OpenAI-style server (vLLM) writes
 * them as explicit nulls. Reasoning travels as `reasoning_content`; usage is left out when there is none.
 */
export function completionBody(completion: Completion, flavor: SimulatorFlavor): Record<string, unknown> {
  const explicitNulls = flavor === 'vllm';
  const calls = completion.toolCalls.length > 0 ? completion.toolCalls.map(wireToolCall) : null;
  const message: Record<string, unknown> = { content: completion.text, role: 'assistant' };
  if (calls !== null || explicitNulls) message['tool_calls'] = calls;
  if (explicitNulls) message['function_call'] = null;
  if (completion.reasoning !== null) message['reasoning_content'] = completion.reasoning;
  const body: Record<string, unknown> = {
    id: completion.id,
    created: completion.created,
    model: completion.model,
    object: 'chat.completion',
  };
  if (explicitNulls) body['system_fingerprint'] = null;
  const logprobs = choiceLogprobs(completion, completion.text ?? '');
  body['choices'] = [{ finish_reason: completion.finishReason, index: 0, message, ...(logprobs && { logprobs }) }];
  if (completion.usage !== null) body['usage'] = completion.usage;
  return body;
}

/** The first half of a valid body: a 200 whose JSON ends mid-string. */
export function truncatedJson(body: unknown): string {
  const text = JSON.stringify(body);
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}

/** Sends a non-streaming answer, or the delivery fault scripted for it. */
export async function respondJson(answer: ChatAnswer): Promise<void> {
  const { exchange, completion, reply, delivery } = answer;
  const cost = reply.costHeaderUsd === undefined ? costFromUsage(completion.usage, answer.prices) : reply.costHeaderUsd;
  const headers = { ...gatewayHeaders(answer.headerContext, { kind: 'json', costUsd: cost }), ...reply.headers };
  const body = completionBody(completion, answer.headerContext.flavor);
  switch (delivery?.fault) {
    case 'midstream-error':
      // Without a stream there is no "middle": the proxy reports the same failure as a plain 500.
      sendError(exchange.res, errors.midstream(completion.model), errorHeaders(answer.headerContext, true));
      return;
    case 'malformed-json':
      sendText(exchange.res, 200, truncatedJson(body), { 'content-type': 'application/json', ...headers });
      return;
    case 'stall-body':
    case 'cut-stream':
      exchange.res.writeHead(200, { 'content-type': 'application/json', ...withoutEmpty(headers) });
      await writeFlushed(exchange.res, truncatedJson(body), exchange.signal);
      if (delivery.fault === 'stall-body') await untilAborted(exchange.signal);
      exchange.terminate();
      return;
    default:
      sendJson(exchange.res, 200, body, headers);
  }
}
