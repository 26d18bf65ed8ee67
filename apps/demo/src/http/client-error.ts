import { STATUS_CODES } from 'node:http';
import { type Socket } from 'node:net';
import { rejectionBody } from './errors';
import { SECURITY_HEADERS } from './security-headers';

/** What Node's parser refused, by its error code; anything else it refuses is a 400. */
const CLIENT_ERRORS: Readonly<Record<string, { status: number; message: string }>> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, message: 'The request did not arrive in time' },
  HPE_HEADER_OVERFLOW: { status: 431, message: 'Request headers are larger than this server accepts' },
};
const MALFORMED = { status: 400, message: 'The request is not well-formed HTTP' };

/**
 * Node's own rejections (headers over its limit, bytes that are not HTTP, a body longer than its
 * Content-Length read as the next request, a request that never completes), answered on the socket before
 * any request object exists: the API's typed body and the security headers, then the connection closes.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, message } = CLIENT_ERRORS[error.code ?? ''] ?? MALFORMED;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(rejectionBody(status, 'bad_request', message));
  const headers = { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
}
