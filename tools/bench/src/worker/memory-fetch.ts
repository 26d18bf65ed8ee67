import { type ChatWireRequest, chatReply } from '../upstream/chat-replies';

async function bodyText(input: RequestInfo | URL, init?: RequestInit): Promise<string> {
  const body = init?.body;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  if (body === undefined && input instanceof Request) return input.text();
  throw new Error('The in-memory fetch reads string, byte and Request bodies only');
}

/**
 * A `fetch` that answers chat completions from memory exactly as the upstream does, with no socket, no
 * other process and no kernel in between: what a client costs on its own, without the network's noise.
 */
export function memoryFetch(): typeof fetch {
  return async (input, init) => {
    const reply = chatReply(JSON.parse(await bodyText(input, init)) as ChatWireRequest);
    return new Response(reply.body, { status: reply.status, headers: { 'content-type': reply.contentType } });
  };
}
