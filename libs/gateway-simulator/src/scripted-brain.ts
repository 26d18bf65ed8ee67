import { type RecordedChatRequest, textOf, type WireTool } from './chat-request';
import { type Reply } from './reply';
import { exampleFromSchema } from './schema-example';

// Bounded quantifiers keep the scan linear on hostile input (a megabyte of digits, say).
const ARITHMETIC = /(-?\d{1,15}(?:\.\d{1,15})?)\s{0,3}([-+*/x×÷])\s{0,3}(-?\d{1,15}(?:\.\d{1,15})?)/;
const OPERATORS: Record<string, string> = { x: '*', '×': '*', '÷': '/' };

/** The first arithmetic expression in a text, normalised to `a op b` ("12*7" -> "12 * 7"). */
export function findArithmetic(text: string): string | null {
  const match = ARITHMETIC.exec(text);
  if (match === null) return null;
  const [, left = '', operator = '', right = ''] = match;
  return `${left} ${OPERATORS[operator] ?? operator} ${right}`;
}

function lastUserText(request: RecordedChatRequest): { text: string; index: number } {
  for (let index = request.messages.length - 1; index >= 0; index -= 1) {
    const message = request.messages[index];
    if (message?.role === 'user') return { text: textOf(message.content), index };
  }
  return { text: '', index: -1 };
}

function forcedToolName(toolChoice: unknown): string | null {
  if (typeof toolChoice !== 'object' || toolChoice === null) return null;
  const name = (toolChoice as { function?: { name?: unknown } }).function?.name;
  return typeof name === 'string' ? name : null;
}

function callTool(tool: WireTool, expression: string | null): Reply {
  const args =
    tool.function.name === 'calculator' && expression !== null
      ? { expression }
      : exampleFromSchema(tool.function.parameters ?? {});
  return { toolCalls: [{ name: tool.function.name, arguments: JSON.stringify(args) }] };
}

/** Which offered tool the conversation calls for, if any. */
function chooseTool(request: RecordedChatRequest, text: string, expression: string | null): WireTool | null {
  const tools = request.tools ?? [];
  if (tools.length === 0 || request.tool_choice === 'none') return null;
  const forced = forcedToolName(request.tool_choice);
  if (forced !== null) return tools.find((tool) => tool.function.name === forced) ?? null;
  const calculator = tools.find((tool) => tool.function.name === 'calculator');
  if (calculator !== undefined && expression !== null) return calculator;
  const lower = text.toLowerCase();
  const named = tools.find((tool) => tool.function.name !== '' && lower.includes(tool.function.name.toLowerCase()));
  if (named !== undefined) return named;
  return request.tool_choice === 'required' ? (calculator ?? tools[0] ?? null) : null;
}

function structuredAnswer(request: RecordedChatRequest, text: string): string | null {
  const format = request.response_format;
  if (format?.type === 'json_schema') return JSON.stringify(exampleFromSchema(format.json_schema?.schema ?? {}));
  if (format?.type === 'json_object') return JSON.stringify({ answer: `You said: ${text}` });
  return null;
}

/**
 * The default "model": a deterministic function of the request. It calls `calculator` for arithmetic
 * (or any tool the user names or `tool_choice` forces), answers from a tool result, fills a JSON schema,
 * or echoes the last user message.
 */
export function scriptedReply(request: RecordedChatRequest): Reply {
  const last = request.messages.at(-1);
  // A response format holds for the answer after a tool call too, as a real model's does.
  if (last?.role === 'tool') return { text: structuredAnswer(request, textOf(last.content).trim()) ?? `The result is ${textOf(last.content).trim()}.` };
  const { text, index } = lastUserText(request);
  const answeredSinceUser = request.messages.slice(index + 1).some((message) => message.role === 'tool');
  if (!answeredSinceUser) {
    const expression = findArithmetic(text);
    const tool = chooseTool(request, text, expression);
    if (tool !== null) return callTool(tool, expression);
  }
  return { text: structuredAnswer(request, text) ?? `You said: ${text}` };
}

/** The default reply of a reasoning model: the scripted answer with its reasoning spelled out. */
export function scriptedReasoningReply(request: RecordedChatRequest): Reply {
  const reply = scriptedReply(request);
  const { text } = lastUserText(request);
  return { ...reply, reasoning: `The user wrote ${JSON.stringify(text)}. I answer directly and briefly.` };
}
