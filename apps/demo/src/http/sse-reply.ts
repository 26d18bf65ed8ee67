import { once } from 'node:events';
import { type FastifyReply } from 'fastify';
import { type ChatStream, ProviderError, isProviderError } from '@modelgate/provider-contracts';
import { STREAM_ERROR_EVENT } from '../shared/api-contract';
import { formatSseFrame } from '../shared/sse';
import { logUpstreamFailure, upstreamErrorBody } from './errors';
import { SECURITY_HEADERS } from './security-headers';

function asProviderError(error: unknown): ProviderError {
  return isProviderError(error) ? error : new ProviderError({ code: 'upstream', message: 'Internal error', retryable: false });
}

/**
 * Answers with the stream's events as SSE (`event: <type>`, `data: <event JSON>`), ending after `finish`, or
 * with an `error` event carrying `{ error }` when the call fails. A client that goes away stops the
 * iteration, which aborts the call upstream.
 */
export async function replyWithSse(reply: FastifyReply, stream: ChatStream): Promise<void> {
  const raw = reply.raw;
  reply.hijack();
  raw.writeHead(200, {
    // A hijacked reply skips Fastify's header handling: the security headers are written here.
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    // Reverse proxies (nginx) buffer responses unless told not to, which would hold the deltas back.
    'x-accel-buffering': 'no',
  });
  const closed = once(raw, 'close');
  try {
    for await (const event of stream) {
      if (raw.destroyed) break;
      if (!raw.write(formatSseFrame(event.type, event))) await Promise.race([once(raw, 'drain'), closed]);
    }
  } catch (error) {
    const failure = asProviderError(error);
    logUpstreamFailure(reply.log, failure, 'chat stream failed');
    if (!raw.destroyed) raw.write(formatSseFrame(STREAM_ERROR_EVENT, upstreamErrorBody(failure)));
  } finally {
    raw.end();
  }
}
