import { type z } from 'zod';
import { type ChatRequest, type ToolDefinition } from '@modelgate/provider-contracts';
import { ChatBody } from '../shared/api-contract';

/** Field names a client might use to steer the server to another proxy, key or header set. */
const STEERING_FIELD = /url|key|header|token|endpoint|host|base|proxy|secret|auth/i;

const clip = (text: string) => (text.length > 64 ? `${text.slice(0, 61)}...` : text);

/**
 * A union's failure says only "Invalid input"; the branch that got furthest (a content array whose image has a
 * URL source, say) says what is wrong.
 */
function specific(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const deepest = issue.errors.flat().reduce<z.core.$ZodIssue | null>((best, next) => (best === null || next.path.length > best.path.length ? next : best), null);
  return deepest === null ? issue : specific({ ...deepest, path: [...issue.path, ...deepest.path] });
}

function describeIssues(body: unknown, error: z.ZodError): string {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const steering = Object.keys(body).find((field) => !(field in ChatBody.shape) && STEERING_FIELD.test(field));
    if (steering) {
      return `Field "${clip(steering)}" is not accepted: the server alone decides which proxy, key and headers are used`;
    }
  }
  const issues = error.issues.slice(0, 5).map(specific).map((issue) => `${clip(issue.path.join('.') || '(body)')}: ${clip(issue.message)}`);
  return `Invalid request body: ${issues.join('; ')}`;
}

export type ChatBodyCheck = { ok: true; body: ChatBody } | { ok: false; message: string };

/** Validates a chat body against the contract and the server's tool list. */
export function checkChatBody(body: unknown, offeredTools: ReadonlyMap<string, ToolDefinition>): ChatBodyCheck {
  const parsed = ChatBody.safeParse(body);
  if (!parsed.success) return { ok: false, message: describeIssues(body, parsed.error) };
  const unknown = parsed.data.tools?.find((name) => !offeredTools.has(name));
  if (unknown !== undefined) {
    return { ok: false, message: `Unknown tool "${unknown}"; this server offers: ${[...offeredTools.keys()].join(', ')}` };
  }
  return { ok: true, body: parsed.data };
}

/** The library request for a checked body: tool names become the server's own definitions. */
export function toChatRequest(body: ChatBody, offeredTools: ReadonlyMap<string, ToolDefinition>, signal: AbortSignal): ChatRequest {
  const tools = [...new Set(body.tools ?? [])].flatMap((name) => {
    const definition = offeredTools.get(name);
    return definition ? [definition] : [];
  });
  return {
    model: body.model,
    messages: body.messages,
    ...(tools.length > 0 ? { tools } : {}),
    ...(body.responseFormat ? { responseFormat: body.responseFormat } : {}),
    ...(body.temperature === undefined ? {} : { temperature: body.temperature }),
    ...(body.maxTokens === undefined ? {} : { maxTokens: body.maxTokens }),
    ...(body.reasoningEffort === undefined ? {} : { reasoningEffort: body.reasoningEffort }),
    signal,
  };
}
