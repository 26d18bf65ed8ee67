import { MODEL, TOOL, integerIn, plainAnswer, streamDelta, toolAnswer } from '../shared/answers';

/** The part of a chat completions request the upstream reads; everything else is ignored. */
export interface ChatWireRequest {
  messages?: { role?: string; content?: unknown }[];
  tools?: unknown[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean } | null;
}

export interface UpstreamReply {
  status: number;
  contentType: string;
  body: string;
}

/** What the model "says": a short text, a text of many chunks, or one tool call. */
export type Turn = { kind: 'text'; text: string } | { kind: 'stream'; chunks: number } | { kind: 'tool-call' };

const CREATED = 1_700_000_000;
const ID = 'chatcmpl-bench';
const TOOL_CALL_ID = 'call_bench_add';
const USAGE = { prompt_tokens: 12, completion_tokens: 8, total_tokens: 20 };

const textOf = (content: unknown): string =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content.map((part: { text?: unknown }) => (typeof part?.text === 'string' ? part.text : '')).join('')
      : '';

/** Decides the model's turn from the conversation, or explains why the request makes no sense. */
export function decideTurn(request: ChatWireRequest): Turn | string {
  const messages = Array.isArray(request.messages) ? request.messages : [];
  const toolMessage = messages.findLast((message) => message.role === 'tool');
  if (toolMessage) return { kind: 'text', text: toolAnswer(integerIn(textOf(toolMessage.content)) ?? 'missing') };
  if (Array.isArray(request.tools) && request.tools.length > 0) return { kind: 'tool-call' };
  const prompt = textOf(messages.findLast((message) => message.role === 'user')?.content);
  const ping = /^ping (\d+)$/.exec(prompt);
  if (ping) return { kind: 'text', text: plainAnswer(Number(ping[1])) };
  const stream = /^stream (\d+)$/.exec(prompt);
  if (stream) return { kind: 'stream', chunks: Number(stream[1]) };
  return `unknown prompt ${JSON.stringify(prompt.slice(0, 40))}`;
}

const toolCall = (index?: number) => ({
  ...(index === undefined ? {} : { index }),
  id: TOOL_CALL_ID,
  type: 'function',
  function: { name: TOOL.name, arguments: JSON.stringify(TOOL.arguments) },
});

export function completionJson(turn: Turn): string {
  const message =
    turn.kind === 'tool-call'
      ? { role: 'assistant', content: null, tool_calls: [toolCall()] }
      : { role: 'assistant', content: deltasOf(turn).join('') };
  const finish_reason = turn.kind === 'tool-call' ? 'tool_calls' : 'stop';
  return JSON.stringify({
    id: ID,
    object: 'chat.completion',
    created: CREATED,
    model: MODEL,
    choices: [{ index: 0, message, finish_reason, logprobs: null }],
    usage: USAGE,
  });
}

const deltasOf = (turn: Exclude<Turn, { kind: 'tool-call' }>): string[] =>
  turn.kind === 'text' ? [turn.text] : Array.from({ length: turn.chunks }, (_, i) => streamDelta(i));

const chunk = (choices: unknown[], extra: object = {}) =>
  `data: ${JSON.stringify({ id: ID, object: 'chat.completion.chunk', created: CREATED, model: MODEL, choices, ...extra })}\n\n`;

/** The whole SSE body of a streamed turn: role, one chunk per delta, finish, optional usage, `[DONE]`. */
export function completionSse(turn: Turn, includeUsage: boolean): string {
  const parts: string[] = [chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }])];
  if (turn.kind === 'tool-call') {
    parts.push(chunk([{ index: 0, delta: { tool_calls: [toolCall(0)] }, finish_reason: null }]));
  } else {
    for (const content of deltasOf(turn)) parts.push(chunk([{ index: 0, delta: { content }, finish_reason: null }]));
  }
  parts.push(chunk([{ index: 0, delta: {}, finish_reason: turn.kind === 'tool-call' ? 'tool_calls' : 'stop' }]));
  if (includeUsage) parts.push(chunk([], { usage: USAGE }));
  parts.push('data: [DONE]\n\n');
  return parts.join('');
}

/**
 * The reply to one request. Long streams are the same on every request, so their bodies are kept in `cache`:
 * the upstream must answer instantly, whatever it costs to build a 100,000-chunk body once.
 */
export function chatReply(request: ChatWireRequest, cache?: Map<string, UpstreamReply>): UpstreamReply {
  const turn = decideTurn(request);
  if (typeof turn === 'string') {
    const error = { message: turn, type: 'invalid_request_error', param: null, code: '400' };
    return { status: 400, contentType: 'application/json', body: JSON.stringify({ error }) };
  }
  const streamed = request.stream === true;
  const includeUsage = request.stream_options?.include_usage === true;
  const key = turn.kind === 'stream' ? `${turn.chunks}|${streamed}|${includeUsage}` : null;
  const cached = key === null ? undefined : cache?.get(key);
  if (cached) return cached;
  const reply = streamed
    ? { status: 200, contentType: 'text/event-stream', body: completionSse(turn, includeUsage) }
    : { status: 200, contentType: 'application/json', body: completionJson(turn) };
  if (key !== null) cache?.set(key, reply);
  return reply;
}
