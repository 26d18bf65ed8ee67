import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type ChatWireRequest, type UpstreamReply, chatReply } from './chat-replies';
import { type EmbeddingWireRequest, embeddingReply } from './embedding-replies';
import { modelInfoBody, modelListBody } from './model-catalogue';
import { EMBEDDING_DIMENSIONS } from '../shared/answers';

/**
 * The bench's upstream: a lean OpenAI-compatible server on loopback that answers at once, run in its own
 * process by the orchestrator (which learns the port over IPC). It is leaner than the gateway simulator on
 * purpose, so the upstream's own cost does not show in any client's numbers.
 */
const streamCache = new Map<string, UpstreamReply>();
const models = Buffer.from(modelListBody());
const modelInfo = Buffer.from(modelInfoBody());

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return JSON.parse(Buffer.concat(parts).toString('utf8'));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (req.method === 'GET' && (path === '/v1/models' || path === '/models')) return send(res, 200, 'application/json', models);
  if (req.method === 'GET' && (path === '/model/info' || path === '/v1/model/info')) {
    return send(res, 200, 'application/json', modelInfo);
  }
  if (req.method === 'POST' && (path === '/v1/chat/completions' || path === '/chat/completions')) {
    const reply = chatReply((await readJson(req)) as ChatWireRequest, streamCache);
    return send(res, reply.status, reply.contentType, reply.body);
  }
  if (req.method === 'POST' && (path === '/v1/embeddings' || path === '/embeddings')) {
    const reply = embeddingReply((await readJson(req)) as EmbeddingWireRequest, EMBEDDING_DIMENSIONS);
    return send(res, reply.status, 'application/json', reply.body);
  }
  send(res, 404, 'application/json', JSON.stringify({ error: { message: `No route ${req.method} ${path}`, code: '404' } }));
}

const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  handle(req, res).catch((error: unknown) => {
    if (!res.headersSent) send(res, 400, 'application/json', JSON.stringify({ error: { message: String(error), code: '400' } }));
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  if (process.send) process.send({ type: 'listening', baseUrl });
  else console.log(baseUrl);
});

// The orchestrator disconnects (or dies): the upstream goes with it.
function stop(): void {
  server.closeAllConnections();
  server.close(() => process.exit(0));
}
process.on('disconnect', stop);
process.on('SIGTERM', stop);
