import { type ChatRequest, type ChatResult, type ChatStream, type Provider, type StreamEvent } from '@modelgate/provider-contracts';

export type Mode = 'chat' | 'stream';
export const MODES: Mode[] = ['chat', 'stream'];

export interface Collected {
  events: StreamEvent[];
  result: ChatResult;
}

/** Every event of a stream, then its result. */
export async function collect(stream: ChatStream): Promise<Collected> {
  const events: StreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return { events, result: await stream.result };
}

/** One call, plain or streamed, with the events a stream gave (none for a plain call). */
export async function run(provider: Provider, request: ChatRequest, mode: Mode): Promise<Collected> {
  if (mode === 'chat') return { result: await provider.chat(request), events: [] };
  return collect(provider.stream(request));
}
