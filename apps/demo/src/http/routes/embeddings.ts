import { type FastifyInstance } from 'fastify';
import { EmbeddingsAnswer, EmbeddingsBody, toEmbeddingRequest, toEmbeddingsAnswer } from '../../shared/embeddings-contract';
import { isEmbeddingModel } from '@modelgate/provider-contracts';
import { type Modelgate } from '@modelgate/provider-runtime';
import { abortOnDisconnect } from '../abort-on-disconnect';
import { sendError } from '../errors';
import { type ModelCheck } from '../model-check';
import { ERROR_RESPONSE, jsonSchema } from '../openapi';
import { tenantCallFields } from '../tenant-credentials';

export interface EmbeddingsRouteOptions {
  execution: Modelgate['execution'];
  models: ModelCheck;
}

/** The first problems of a body that breaks the contract, path by path. */
function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return `Invalid request body: ${issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ')}`;
}

/**
 * `POST /api/embeddings`: vectors for one text or several from an embedding model the gateway serves, in
 * input order, with usage and cost. A chat model is refused (422) before any request leaves;
 * the upstream call is aborted when the client goes away. Registered in the `/api` scope.
 */
export function registerEmbeddingsRoute(api: FastifyInstance, options: EmbeddingsRouteOptions): void {
  const schema = {
    operationId: 'embeddings',
    body: jsonSchema(EmbeddingsBody, 'input'),
    response: {
      200: { description: 'One vector per input, in input order', ...jsonSchema(EmbeddingsAnswer, 'output') },
      default: ERROR_RESPONSE,
    },
  };
  api.post('/embeddings', { schema }, async (request, reply) => {
    const parsed = EmbeddingsBody.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'bad_request', describeIssues(parsed.error.issues));
    const body = parsed.data;
    const tenant = tenantCallFields(request, body.model.split('/', 1)[0]);
    const model = await options.models.find(body.model, tenant.credentials);
    if (!model) return sendError(reply, 404, 'model_not_found', `Model "${body.model}" is not served by this gateway`);
    // 422, as for attachments the model cannot take: the body is well formed, the model is a chat model.
    if (!isEmbeddingModel(model)) return sendError(reply, 422, 'bad_request', `Model "${body.model}" is a ${model.mode} model, not an embedding model`);
    const result = await options.execution.embed({ ...toEmbeddingRequest(body, abortOnDisconnect(reply)), ...tenant });
    return reply.header('cache-control', 'no-store').send(toEmbeddingsAnswer(result));
  });
}
