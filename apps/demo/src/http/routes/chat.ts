import { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ChatResult, isChatModel, StreamEvent, type ToolExecutor } from '@modelgate/provider-contracts';
import { type Modelgate } from '@modelgate/provider-runtime';
import { ChatBody, LIMITS, STREAM_ERROR_EVENT } from '../../shared/api-contract';
import { abortOnDisconnect } from '../abort-on-disconnect';
import { refuseAttachments } from '../attachment-check';
import { checkChatBody, toChatRequest } from '../chat-body';
import { sendError } from '../errors';
import { type ModelCheck } from '../model-check';
import { ERROR_RESPONSE, jsonSchema } from '../openapi';
import { replyWithSse } from '../sse-reply';
import { tenantCallFields } from '../tenant-credentials';

export interface ChatRouteOptions {
  execution: Modelgate['execution'];
  models: ModelCheck;
  toolset: ToolExecutor;
}

/** One SSE frame: `event: <StreamEvent type or error>`, `data: <its JSON>`. */
const SSE_FRAME = {
  type: 'object',
  properties: {
    event: { enum: [...StreamEvent.options.map((option) => option.shape.type.value), STREAM_ERROR_EVENT] },
    data: { type: 'string', contentMediaType: 'application/json' },
  },
  required: ['event', 'data'],
};

/** The body as documented: tool names are the server's own, which the contract alone cannot say. */
function documentedBody(toolNames: readonly string[]) {
  const tools = toolNames.length > 0 ? z.array(z.enum(toolNames as [string, ...string[]])).max(LIMITS.tools).optional() : ChatBody.shape.tools;
  return ChatBody.extend({ tools }).meta({
    examples: [{ model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: 'What is 12 * 7?' }], tools: toolNames.slice(0, 1) }],
  });
}

/**
 * `POST /api/providers`: one chat with a model the gateway serves, answered as JSON (`ChatResult`) or, with
 * `stream: true`, as SSE. The upstream call is aborted when the client goes away. Registered in the `/api` scope.
 */
export function registerChatRoute(api: FastifyInstance, options: ChatRouteOptions): void {
  const offered = new Map(options.toolset.definitions().map((definition) => [definition.name, definition]));
  const schema = {
    operationId: 'chat',
    body: jsonSchema(documentedBody([...offered.keys()]), 'input'),
    response: {
      200: {
        description: 'The answer; with `stream: true`, SSE frames `event: <type>` / `data: <event JSON>`',
        content: {
          'application/json': { schema: jsonSchema(ChatResult, 'output') },
          'text/event-stream': { schema: SSE_FRAME },
        },
      },
      default: ERROR_RESPONSE,
    },
  };
  api.post('/providers', { schema }, async (request, reply) => {
    const check = checkChatBody(request.body, offered);
    if (!check.ok) return sendError(reply, check.status, 'bad_request', check.message);
    const { body } = check;
    const tenant = tenantCallFields(request, body.model.split('/', 1)[0]);
    const model = await options.models.find(body.model, tenant.credentials);
    // 404 as when the gateway itself does not know the model: the body is valid, the model is not there.
    if (!model) return sendError(reply, 404, 'model_not_found', `Model "${body.model}" is not served by this gateway`);
    if (!isChatModel(model)) return sendError(reply, 422, 'bad_request', `Model "${body.model}" is an ${model.mode} model, not a chat model`);
    const refusal = refuseAttachments(body, model);
    // 422, not 400: the body is well formed, but the model it names cannot take what it carries.
    if (refusal !== null) return sendError(reply, 422, 'bad_request', refusal);
    const chatRequest = { ...toChatRequest(body, offered, abortOnDisconnect(reply)), ...tenant };
    if (body.stream) return replyWithSse(reply, options.execution.stream(chatRequest));
    return reply.header('cache-control', 'no-store').send(await options.execution.chat(chatRequest));
  });
}
