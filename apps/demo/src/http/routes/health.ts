import { type FastifyInstance } from 'fastify';

/** Liveness of the demo server itself; it does not call the proxy (the models route tells about that). */
export function registerHealthRoute(app: FastifyInstance): void {
  const startedAt = Date.now();
  app.get('/health', async () => ({ status: 'ok', uptimeMs: Date.now() - startedAt }));
}
