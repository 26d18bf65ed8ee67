import { type z } from 'zod';
import { ProviderError, type SerializedProviderError, StreamEvent } from '@modelgate/provider-contracts';
import { type ChatBody, ErrorBody, ModelsResponse, ProvidersResponse, STREAM_ERROR_EVENT } from '../shared/api-contract';
import { SseDecoder, type SseFrame } from '../shared/sse';

/** Talks to the demo server it was loaded from: same origin, so no URL is ever configurable here. */
export interface ApiClient {
  /** The providers the server is configured with. */
  getProviders(signal?: AbortSignal): Promise<ProvidersResponse>;
  /** One provider's models, or why there are none (as a body, whatever the HTTP status). */
  getModels(providerId: string, signal?: AbortSignal): Promise<ModelsResponse>;
  streamChat(body: ChatBody, onEvent: (event: StreamEvent) => void, signal?: AbortSignal): Promise<void>;
}

/** A failure the API (or the way to it) reported, already in the wire shape the page shows. */
export class ApiFailure extends Error {
  constructor(
    readonly error: SerializedProviderError,
    /** The demo server's own HTTP status; 401 means it wants its API token. */
    readonly httpStatus: number | null,
  ) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

function failure(code: SerializedProviderError['code'], message: string, httpStatus: number | null): ApiFailure {
  return new ApiFailure(new ProviderError({ code, message, status: httpStatus }).toJSON(), httpStatus);
}

async function readError(response: Response): Promise<ApiFailure> {
  const parsed = ErrorBody.safeParse(await response.json().catch(() => null));
  return parsed.success
    ? new ApiFailure(parsed.data.error, response.status)
    : failure('invalid_response', `The demo server answered HTTP ${response.status}`, response.status);
}

function readFrame(frame: SseFrame): StreamEvent {
  const data: unknown = JSON.parse(frame.data);
  if (frame.event === STREAM_ERROR_EVENT) {
    const parsed = ErrorBody.safeParse(data);
    throw parsed.success ? new ApiFailure(parsed.data.error, null) : failure('invalid_response', 'Unreadable error event', null);
  }
  const parsed = StreamEvent.safeParse(data);
  if (!parsed.success) throw failure('invalid_response', `Unreadable "${frame.event}" event`, null);
  return parsed.data;
}

export function createApiClient(getToken: () => string): ApiClient {
  const headers = (extra: Record<string, string> = {}): Record<string, string> => {
    const token = getToken();
    return token === '' ? extra : { ...extra, authorization: `Bearer ${token}` };
  };

  async function send(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(path, init);
    } catch (error) {
      if (init.signal?.aborted) throw failure('aborted', 'Stopped', null);
      throw failure('unreachable', `The demo server is not answering (${(error as Error).message})`, null);
    }
  }

  /** A GET whose body is `schema` (the models route's failures included), else a typed failure. */
  async function getJson<T>(path: string, schema: z.ZodType<T>, signal: AbortSignal | undefined): Promise<T> {
    const response = await send(path, { headers: headers(), signal });
    const body: unknown = await response.json().catch(() => null);
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    const error = ErrorBody.safeParse(body);
    throw error.success
      ? new ApiFailure(error.data.error, response.status)
      : failure('invalid_response', `The demo server answered HTTP ${response.status}`, response.status);
  }

  return {
    getProviders: (signal) => getJson('/api/providers', ProvidersResponse, signal),

    getModels: (providerId, signal) => getJson(`/api/providers/${encodeURIComponent(providerId)}/models`, ModelsResponse, signal),

    async streamChat(body, onEvent, signal) {
      const response = await send('/api/providers', {
        method: 'POST',
        headers: headers({ 'content-type': 'application/json', accept: 'text/event-stream' }),
        body: JSON.stringify({ ...body, stream: true }),
        signal,
      });
      if (!response.ok || !response.body) throw await readError(response);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const decoder = new SseDecoder();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          const frames = done ? decoder.end() : decoder.push(value);
          for (const frame of frames) onEvent(readFrame(frame));
          if (done) return;
        }
      } catch (error) {
        if (signal?.aborted) throw failure('aborted', 'Stopped', null);
        throw error instanceof ApiFailure ? error : failure('unreachable', 'The answer stream broke off', null);
      }
    },
  };
}
