import { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { jsonSchema } from '../openapi';

const Health = z.object({ status: z.literal('ok'), uptimeMs: z.number().int().nonnegative() });

/** Liveness of the demo server itself; it does not call the proxy (the models route tells about that). Open. */
export function registerHealthRoute(app: FastifyInstance): void {
  const startedAt = Date.now();
  const schema = { operationId: 'health', security: [], response: { 200: { description: 'The server is up', ...jsonSchema(Health, 'output') } } };
  app.get('/health', { schema }, async () => ({ status: 'ok', uptimeMs: Date.now() - startedAt }));
}
