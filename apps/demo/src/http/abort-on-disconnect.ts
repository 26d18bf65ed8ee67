import { type FastifyReply } from 'fastify';
import { ProviderError } from '@modelgate/provider-contracts';

/**
 * A signal aborted when the client goes away before its answer is complete, so the call upstream (and the
 * tokens it costs) stops with it. The response's `close` fires on a dropped socket; after a full answer
 * `writableFinished` is set and nothing is aborted.
 */
export function abortOnDisconnect(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) {
      controller.abort(new ProviderError({ code: 'aborted', message: 'The client disconnected' }));
    }
  });
  return controller.signal;
}
