import { type GatewaySimulator } from '../server';

export { useSimulator } from '../use-simulator';

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal,
  });
}

export function chat(simulator: GatewaySimulator, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return postJson(`${simulator.url}/v1/chat/completions`, body, headers);
}

export const userSays = (text: string) => [{ role: 'user', content: text }];

/** The `data:` payloads of an SSE body, in order ('[DONE]' included as is). */
export function sseData(text: string): string[] {
  return text
    .split('\n\n')
    .filter((frame) => frame.trim() !== '')
    .map((frame) => frame.replace(/^data: /, ''));
}

/** The parsed chunk objects of an SSE body, without the [DONE] marker. */
export function sseChunks(text: string): Record<string, unknown>[] {
  return sseData(text)
    .filter((data) => data !== '[DONE]')
    .map((data) => JSON.parse(data) as Record<string, unknown>);
}

function bodyOf(response: Response): ReadableStream<Uint8Array> {
  if (response.body === null) throw new Error('the response has no body');
  return response.body;
}

/** Reads a response body until `count` SSE frames have arrived, leaving the stream open. */
export async function readFrames(response: Response, count: number): Promise<string[]> {
  const reader = bodyOf(response).getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (sseData(text).length < count || !text.endsWith('\n\n')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  reader.releaseLock();
  return sseData(text);
}

/** Reads a body to its end or its failure, keeping what arrived before a reset. */
export async function readUntilEnd(response: Response): Promise<{ text: string; failed: boolean }> {
  const reader = bodyOf(response).getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { text, failed: false };
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return { text, failed: true };
  }
}
