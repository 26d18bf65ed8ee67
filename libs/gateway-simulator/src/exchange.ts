import { type IncomingMessage, type ServerResponse } from 'node:http';

/** One request being answered, with a signal that fires when its client leaves or the simulator closes. */
export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly method: string;
  /** The path without its query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-case header names. */
  readonly headers: Record<string, string>;
  readonly bodyText: string;
  /** `performance.now()` at arrival, for the duration headers. */
  readonly startedAt: number;
  readonly signal: AbortSignal;
  /** Destroys the connection on purpose (cut stream, close()), so it does not count as a client abort. */
  terminate(): void;
}
