import { type Exchange } from './exchange';
import { errorForFault } from './faults';
import { sendError, sendText, untilAborted, writeFlushed } from './http-io';
import { type Fault } from './reply';

/**
 * Applies a persistent fault to a non-chat route (models, model-info, readiness): an error answer,
 * a stall, a cut or a truncated body in place of `body`, the answer it would have sent.
 */
export async function applyRouteFault(exchange: Exchange, fault: Fault, body: unknown): Promise<void> {
  const error = errorForFault(fault, { model: 'None', deploymentId: 'None' });
  if (error !== null) {
    sendError(exchange.res, error);
    return;
  }
  const text = JSON.stringify(body);
  const partial = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  switch (fault.fault) {
    case 'stall-headers':
      await untilAborted(exchange.signal);
      exchange.terminate();
      return;
    case 'malformed-json':
      sendText(exchange.res, 200, partial, { 'content-type': 'application/json' });
      return;
    default:
      // stall-body and cut-stream: headers and half a body, then a hang or a reset.
      exchange.res.writeHead(200, { 'content-type': 'application/json' });
      await writeFlushed(exchange.res, partial, exchange.signal);
      if (fault.fault === 'stall-body') await untilAborted(exchange.signal);
      exchange.terminate();
  }
}
