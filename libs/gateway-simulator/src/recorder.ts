import { type RecordedChatRequest } from './chat-request';

/** One HTTP request as the simulator received it. */
export interface RecordedRequest {
  method: string;
  /** The path without its query string, e.g. '/v1/models'. */
  path: string;
  /** The raw query string without '?', '' when there was none. */
  query: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The parsed JSON body; undefined when there was none or it was not JSON. */
  body: unknown;
  /** Epoch milliseconds at arrival. */
  at: number;
}

/** Keeps what clients sent, in arrival order, for tests to assert on. */
export class Recorder {
  readonly requests: RecordedRequest[] = [];
  readonly chatRequests: RecordedChatRequest[] = [];

  request(entry: RecordedRequest): void {
    this.requests.push(entry);
  }

  chat(entry: RecordedChatRequest): void {
    this.chatRequests.push(entry);
  }

  /** Empties the arrays in place, so references tests already hold stay live. */
  clear(): void {
    this.requests.length = 0;
    this.chatRequests.length = 0;
  }
}

/** Parses a body as JSON, or undefined: recording must never fail on what a client sends. */
export function parseJsonOrUndefined(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
