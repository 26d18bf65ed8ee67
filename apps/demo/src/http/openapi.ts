import swagger from '@fastify/swagger';
import { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ErrorBody } from '../shared/api-contract';

/**
 * A zod contract as the JSON Schema (2020-12, OpenAPI 3.1's dialect) of a route. Requests are described as
 * accepted (`input`), answers as sent (`output`). Refinements zod cannot express (a schema's nesting depth)
 * are left out: the document says less than the server checks, never more.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' });
  return rest;
}

/** The answer of every failure the route does not describe otherwise. */
export const ERROR_RESPONSE = { description: 'A typed error', ...jsonSchema(ErrorBody, 'output') };

/**
 * Generates `/api/openapi.json` from the routes' schemas, which are JSON Schema made from the zod contracts.
 * Fastify's own validation and serialisation are turned off: each route validates its input once, with zod
 * (for its own messages), and answers plain JSON, so the schemas serve the document alone.
 */
export async function registerOpenApi(app: FastifyInstance, options: { tokenRequired: boolean }): Promise<void> {
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'modelgate demo API',
        version: '1',
        description: 'Discovery and chats through modelgate; every error answers `{error}`.',
      },
      // Every operation needs the token unless it says `security: []` (the page and the health check).
      ...(options.tokenRequired && {
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'DEMO_API_TOKEN' } } },
        security: [{ bearer: [] }],
      }),
    },
  });
}

/** `GET /api/openapi.json`, in the `/api` scope: it asks for the token like the routes it describes. */
export function registerOpenApiRoute(api: FastifyInstance): void {
  api.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(api.swagger()),
  );
}
