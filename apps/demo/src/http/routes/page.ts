import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type FastifyInstance } from 'fastify';
import { sendError } from '../errors';
import { ERROR_RESPONSE } from '../openapi';

/** The page and its two files, by fixed name: no path from the request ever reaches the file system. */
const ASSETS: readonly { route: string; file: string; type: string }[] = [
  { route: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { route: '/app.js', file: 'app.js', type: 'text/javascript; charset=utf-8' },
  { route: '/app.css', file: 'app.css', type: 'text/css; charset=utf-8' },
];

/** `text/html` of `text/html; charset=utf-8`: the key of the route's documented content. */
const mediaType = (type: string): string => type.split(';', 1)[0] ?? type;

/** Serves the built page from `webRoot` (read once, at start-up). Open: a browser loads it before it has a token. */
export async function registerPageRoutes(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  for (const asset of ASSETS) {
    const body = webRoot === undefined ? null : await readFile(join(webRoot, asset.file)).catch(() => null);
    const schema = {
      security: [],
      response: {
        200: { description: asset.file, content: { [mediaType(asset.type)]: { schema: { type: 'string' } } } },
        default: ERROR_RESPONSE,
      },
    };
    app.get(asset.route, { schema }, async (_request, reply) => {
      if (body === null) return sendError(reply, 503, 'misconfigured', 'The page is not built: start the demo with npm start');
      return reply.type(asset.type).header('cache-control', 'no-cache').send(body);
    });
  }
}
