import { type FastifyInstance } from 'fastify';
import { type ToolExecutor } from '@modelgate/provider-contracts';
import { type Modelgate } from '@modelgate/provider-runtime';
import { abortOnDisconnect } from '../abort-on-disconnect';
import { refuseAttachments } from '../attachment-check';
import { checkChatBody, toChatRequest } from '../chat-body';
import { sendError } from '../errors';
import { replyWithSse } from '../sse-reply';
import { type ModelCheck } from '../model-check';

export interface ChatRouteOptions {
  execution: Modelgate['execution'];
  models: ModelCheck;
  toolset: ToolExecutor;
}

/**
 * `POST /api/providers`: one chat with a model the gateway serves, answered as JSON (`ChatResult`) or, with
 * `stream: true`, as SSE. The upstream call is aborted when the client goes away.
 */
export function registerChatRoute(app: FastifyInstance, options: ChatRouteOptions): void {
  const offered = new Map(options.toolset.definitions().map((definition) => [definition.name, definition]));
  app.post('/api/providers', async (request, reply) => {
    const check = checkChatBody(request.body, offered);
    if (!check.ok) return sendError(reply, 400, 'bad_request', check.message);
    const { body } = check;
    const model = await options.models.find(body.model);
    if (!model) return sendError(reply, 400, 'model_not_found', `Model "${body.model}" is not served by this gateway`);
    const refusal = refuseAttachments(body, model);
    if (refusal !== null) return sendError(reply, 400, 'bad_request', refusal);
    const chatRequest = toChatRequest(body, offered, abortOnDisconnect(reply));
    if (body.stream) return replyWithSse(reply, options.execution.stream(chatRequest));
    return reply.header('cache-control', 'no-store').send(await options.execution.chat(chatRequest));
  });
}
