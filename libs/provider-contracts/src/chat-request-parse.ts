import { type z } from 'zod';
import { ChatRequest } from './chat-request';
import { type ChatMessage } from './message';

// The fast path. Every call is checked against the contract, and zod's object parsing costs about 15 µs of
// CPU on a plain request in a running app: a tenth of what modelgate adds to the SDK's own cost per call.
// A request made only of plain parts (text messages, tool calls and results, tools, the scalar settings)
// is checked here with typeof tests instead, and used as it is: a request these checks accept is one the
// schema accepts unchanged, which a property test holds both to. Anything else (attachments, response
// formats, unknown keys, odd values) takes the schema, with its issue paths.

type Check = (value: unknown) => boolean;

const TOOL_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * An object literal (or one without prototype) and nothing zod would see otherwise: no symbol keys, no own
 * `constructor` (zod's plain-object test reads it) and no own `__proto__` (a copy would not keep it).
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    Object.getOwnPropertySymbols(value).length === 0 &&
    !Object.hasOwn(value, 'constructor') &&
    !Object.hasOwn(value, '__proto__')
  );
}

/** Every key, non-enumerable ones too, is a field whose check passes; `undefined` stands for a missing optional key, as in zod. */
function hasOnlyKeys(value: Record<string, unknown>, fields: Readonly<Record<string, Check>>): boolean {
  for (const key of Object.getOwnPropertyNames(value)) {
    if (!Object.hasOwn(fields, key) || !fields[key](value[key])) return false;
  }
  return true;
}

const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const isString: Check = (value) => typeof value === 'string';
const isNonEmptyString: Check = (value) => typeof value === 'string' && value.length > 0;
const isPositiveInt: Check = (value) => Number.isSafeInteger(value) && (value as number) > 0;
const isToolName: Check = (value) => typeof value === 'string' && TOOL_NAME.test(value);
const oneOf =
  (...options: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && options.includes(value);
const arrayOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);
const record =
  (item: Check): Check =>
  (value) =>
    isPlainObject(value) && Object.getOwnPropertyNames(value).every((key) => item(value[key]));

function object(fields: Readonly<Record<string, Check>>, required: readonly string[] = []): Check {
  return (value) => isPlainObject(value) && required.every((key) => Object.hasOwn(value, key)) && hasOnlyKeys(value, fields);
}

const isToolCall = object({ id: isNonEmptyString, name: isNonEmptyString, arguments: isString }, ['id', 'name', 'arguments']);

const MESSAGE_CHECKS: Readonly<Record<string, Check>> = {
  system: object({ role: isString, content: isString }, ['content']),
  user: object({ role: isString, content: isString }, ['content']),
  assistant: object(
    { role: isString, content: (value) => value === null || typeof value === 'string', toolCalls: optional(arrayOf(isToolCall)) },
    ['content'],
  ),
  tool: object({ role: isString, toolCallId: isNonEmptyString, content: isString }, ['toolCallId', 'content']),
};

const isPlainMessage: Check = (value) => {
  const role = isPlainObject(value) ? value['role'] : undefined;
  const check = typeof role === 'string' && Object.hasOwn(MESSAGE_CHECKS, role) ? MESSAGE_CHECKS[role] : undefined;
  return check !== undefined && check(value);
};

const isPlainMessages = arrayOf(isPlainMessage);

const isToolDefinition = object(
  { name: isToolName, description: optional(isString), parameters: record(() => true) },
  ['name', 'parameters'],
);

const isPlainRequest = object(
  {
    model: isNonEmptyString,
    messages: (value) => isPlainMessages(value) && (value as unknown[]).length > 0,
    tools: optional(arrayOf(isToolDefinition)),
    toolChoice: optional(
      (value) => oneOf('auto', 'none', 'required')(value) || object({ type: (t) => t === 'tool', name: isToolName }, ['type', 'name'])(value),
    ),
    temperature: optional((value) => typeof value === 'number' && value >= 0 && value <= 2),
    maxTokens: optional(isPositiveInt),
    reasoningEffort: optional(oneOf('minimal', 'low', 'medium', 'high')),
    maxToolIterations: optional((value) => isPositiveInt(value) && (value as number) <= 100),
    onToolLoopLimit: optional(oneOf('final-answer', 'error')),
    toolConcurrency: optional(isPositiveInt),
    toolTimeoutMs: optional(isPositiveInt),
    timeoutMs: optional(isPositiveInt),
    signal: optional((value) => value instanceof AbortSignal),
    metadata: optional(record(isString)),
  },
  ['model', 'messages'],
);

/** `ChatRequest.safeParse`, with the fast path for requests made only of plain parts. */
export function parseChatRequest(input: unknown): z.ZodSafeParseResult<ChatRequest> {
  return isPlainRequest(input) ? { success: true, data: input as ChatRequest } : ChatRequest.safeParse(input);
}

/** Whether every message is a plain one the `ChatMessage` schema would take unchanged. */
export function arePlainMessages(messages: unknown): messages is ChatMessage[] {
  return isPlainMessages(messages);
}
