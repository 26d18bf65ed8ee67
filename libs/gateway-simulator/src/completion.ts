import { randomUUID } from 'node:crypto';
import { type ChatRequestBody } from './chat-request';
import { type Reply } from './reply';
import { tokenLogprobs, type WireTokenLogprob } from './logprobs';
import { computeUsage, type WireUsage } from './usage';

export interface CompletionToolCall {
  /** null when the script reproduces the missing-id bug (issues #21331, #33678, #39796). */
  id: string | null;
  name: string;
  arguments: string;
}

/** One answer, independent of how it is sent (JSON or SSE). */
export interface Completion {
  id: string;
  created: number;
  model: string;
  text: string | null;
  reasoning: string | null;
  toolCalls: CompletionToolCall[];
  finishReason: string;
  usage: WireUsage | null;
  /** The text's token log probabilities when the request asked for them (`logprobs: true`), else null. */
  logprobs: { top: number } | null;
}

/** The `logprobs` of a choice for `text`, the tokens numbered from `first`. */
export function choiceLogprobs(completion: Completion, text: string, first = 0): { content: WireTokenLogprob[] } | undefined {
  return completion.logprobs === null ? undefined : { content: tokenLogprobs(text, completion.logprobs.top, first) };
}

export interface CompletionOptions {
  /** The model name the upstream answers with. */
  model: string;
  nextToolCallId: () => string;
  omitToolIds?: boolean;
}

/** Turns a scripted reply into a completion: ids, stringified arguments, finish reason, usage. */
export function buildCompletion(reply: Reply, request: ChatRequestBody, options: CompletionOptions): Completion {
  const toolCalls = (reply.toolCalls ?? []).map((call) => ({
    id: options.omitToolIds ? null : (call.id ?? options.nextToolCallId()),
    name: call.name,
    arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
  }));
  const text = reply.text ?? (toolCalls.length > 0 ? null : '');
  const reasoning = reply.reasoning ?? null;
  const produced = { text: text ?? '', reasoning: reasoning ?? '', toolArguments: toolCalls.map((c) => c.arguments) };
  return {
    id: `chatcmpl-${randomUUID()}`,
    created: Math.floor(Date.now() / 1000),
    model: options.model,
    text,
    reasoning,
    toolCalls,
    finishReason: reply.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop'),
    usage: computeUsage(request, produced, reply.usage),
    logprobs: request.logprobs === true ? { top: request.top_logprobs ?? 0 } : null,
  };
}
