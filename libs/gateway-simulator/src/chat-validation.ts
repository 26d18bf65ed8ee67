import { ChatRequestBody, type WireMessage } from './chat-request';
import { type ErrorAnswer, errors } from './litellm-errors';
import { type ModelCatalog, type ModelGroup } from './model-catalog';

export type ValidatedChat = { ok: true; body: ChatRequestBody; group: ModelGroup } | { ok: false; error: ErrorAnswer };

const fail = (error: ErrorAnswer): ValidatedChat => ({ ok: false, error });

/** OpenAI rejects a tool result that answers no earlier assistant tool call; so must we. */
function orphanToolMessage(messages: readonly WireMessage[]): number | null {
  const offered = new Set<string>();
  for (const [index, message] of messages.entries()) {
    for (const call of message.tool_calls ?? []) if (typeof call.id === 'string') offered.add(call.id);
    if (message.role === 'tool' && !offered.has(message.tool_call_id ?? '')) return index;
  }
  return null;
}

/** The checks a real proxy and its backend make before answering, in LiteLLM's wording. */
export function validateChat(parsed: unknown, catalog: ModelCatalog): ValidatedChat {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail(errors.badRequest('OpenAIException - The request body must be a JSON object.'));
  }
  const raw = parsed as Record<string, unknown>;
  const model = typeof raw['model'] === 'string' ? raw['model'] : '';
  const group = model === '' ? null : catalog.resolve(model);
  if (group === null) return fail(errors.invalidModel(model));
  if (raw['messages'] === undefined || raw['messages'] === null) return fail(errors.missingMessages());
  if (!Array.isArray(raw['messages'])) {
    return fail(errors.badRequest("OpenAIException - Invalid type for 'messages': expected an array.", 'messages'));
  }
  if (raw['messages'].length === 0) {
    return fail(errors.badRequest("OpenAIException - [] is too short - 'messages'", 'messages'));
  }
  const mode = catalog.mode(group);
  if (mode !== 'chat') return fail(errors.notChatModel(model, mode));
  const body = ChatRequestBody.safeParse(parsed);
  if (!body.success) {
    const paths = [...new Set(body.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    return fail(errors.badRequest(`OpenAIException - Invalid request parameters: ${paths}`, paths));
  }
  const orphan = orphanToolMessage(body.data.messages);
  if (orphan !== null) {
    return fail(
      errors.badRequest(
        "OpenAIException - Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
        `messages.[${orphan}].role`,
      ),
    );
  }
  return { ok: true, body: body.data, group };
}
