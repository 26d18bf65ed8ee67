import { type FastifyInstance } from 'fastify';
import { sendError } from './errors';

/**
 * Answers 405 with `Allow` for the methods a path does not declare, instead of the router's 404. Routes are
 * collected from this scope as they are added (`routePath` is the path within the scope's prefix); call the
 * returned function after the scope's last route, and the 405 routes land in the same scope, behind its hooks
 * (the token check of `/api` included).
 */
export function refuseUndeclaredMethods(scope: FastifyInstance): () => void {
  const prefix = scope.prefix;
  const declared = new Map<string, Set<string>>();
  scope.addHook('onRoute', (route) => {
    // Fastify sets both on every route it adds; its types leave them out.
    const { prefix: routePrefix, routePath } = route as { prefix?: string; routePath?: string };
    if (routePrefix !== prefix || routePath === undefined) return;
    const methods = declared.get(routePath) ?? new Set<string>();
    for (const method of [route.method].flat()) methods.add(method);
    declared.set(routePath, methods);
  });
  return () => {
    for (const [path, methods] of [...declared]) {
      const allow = [...methods].join(', ');
      const others = scope.supportedMethods.filter((method) => !methods.has(method));
      scope.route({
        method: others,
        url: path,
        schema: { hide: true },
        // Before the body is read: a body method (QUERY, PUT) is refused for its method, not for its body.
        onRequest: async (_request, reply) => sendError(reply.header('allow', allow), 405, 'bad_request', `Method not allowed here (allowed: ${allow})`),
        handler: async () => undefined,
      });
    }
  };
}
