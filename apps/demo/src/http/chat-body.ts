import { type z } from 'zod';
import { type ChatRequest, type ToolDefinition } from '@modelgate/provider-contracts';
import { ChatBody } from '../shared/api-contract';

/** Field names a client might use to steer the server to another proxy, key or header set. */
const STEERING_FIELD = /url|key|header|token|endpoint|host|base|proxy|secret|auth|credential/i;

const clip = (text: string) => (text.length > 64 ? `${text.slice(0, 61)}...` : text);

/**
 * A union's failure says only "Invalid input"; the branch that got furthest (a content array whose image has a
 * URL source, say) says what is wrong. At equal depth, a branch of the right type (an array with too many
 * parts) says more than one of the wrong type ("expected string").
 */
const furtherThan = (next: z.core.$ZodIssue, best: z.core.$ZodIssue) =>
  next.path.length > best.path.length || (next.path.length === best.path.length && best.code === 'invalid_type' && next.code !== 'invalid_type');

function specific(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const deepest = issue.errors.flat().reduce<z.core.$ZodIssue | null>((best, next) => (best === null || furtherThan(next, best) ? next : best), null);
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

/**
 * 400: the body breaks the shape the OpenAPI document states. 422: it has that shape but breaks a limit no
 * JSON Schema can state (the attachments of the whole conversation, an attachment's decoded size, a response
 * schema's depth), zod's refinements, which the document leaves out.
 */
export type ChatBodyCheck = { ok: true; body: ChatBody } | { ok: false; status: 400 | 422; message: string };

/** Validates a chat body against the contract and the server's tool list. */
export function checkChatBody(body: unknown, offeredTools: ReadonlyMap<string, ToolDefinition>): ChatBodyCheck {
  const parsed = ChatBody.safeParse(body);
  if (!parsed.success) {
    const beyondTheDocument = parsed.error.issues.every((issue) => specific(issue).code === 'custom');
    return { ok: false, status: beyondTheDocument ? 422 : 400, message: describeIssues(body, parsed.error) };
  }
  const unknown = parsed.data.tools?.find((name) => !offeredTools.has(name));
  if (unknown !== undefined) {
    return { ok: false, status: 400, message: `Unknown tool "${unknown}"; this server offers: ${[...offeredTools.keys()].join(', ')}` };
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
    ...(body.user === undefined ? {} : { user: body.user }),
    ...(body.tags === undefined ? {} : { tags: body.tags }),
    ...(body.metadata === undefined ? {} : { metadata: body.metadata }),
    signal,
  };
}
