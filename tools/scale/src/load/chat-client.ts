import { upstreamHeader } from '../stack/nginx-config';
import { type ChatOutcome } from './chat-outcome';
import { DemoEventReader } from './sse-events';

export interface ChatCall {
  /** The front balancer's root URL. */
  readonly frontUrl: string;
  readonly model: string;
  readonly question: string;
  readonly stream: boolean;
  /** Tools of the demo's toolset the model is offered. */
  readonly tools: readonly string[];
  readonly timeoutMs: number;
}

const codeOf = (body: unknown): string | undefined => {
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === 'string' ? code : undefined;
};

/** The last instance nginx tried is the one that answered (`a:1, b:2` when it moved on from `a`). */
const lastHop = (header: string | null) => header?.split(',').at(-1)?.trim() || undefined;

/** One chat through the balancer and the demo's HTTP API, as a browser would send it. */
export async function runChat(call: ChatCall): Promise<ChatOutcome> {
  let response: Response;
  try {
    response = await fetch(`${call.frontUrl}/api/providers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: `litellm/${call.model}`,
        messages: [{ role: 'user', content: call.question }],
        ...(call.tools.length > 0 && { tools: call.tools }),
        stream: call.stream,
      }),
      signal: AbortSignal.timeout(call.timeoutMs),
    });
  } catch {
    return { app: undefined, status: 0, text: '', end: 'cut' };
  }
  const app = lastHop(response.headers.get(upstreamHeader));
  const isStream = (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
  if (!isStream) {
    const body: unknown = await response.json().catch(() => null);
    const content = (body as { content?: unknown } | null)?.content;
    if (response.ok && typeof content === 'string') return { app, status: response.status, text: content, end: 'finish' };
    const code = codeOf(body);
    return { app, status: response.status, text: '', end: code === undefined ? 'cut' : 'error', ...(code && { code }) };
  }
  return readStream(response, app);
}

async function readStream(response: Response, app: string | undefined): Promise<ChatOutcome> {
  const reader = new DemoEventReader();
  const decoder = new TextDecoder();
  let text = '';
  let end: ChatOutcome['end'] = 'cut';
  let code: string | undefined;
  try {
    const body = response.body?.getReader();
    for (let chunk = await body?.read(); chunk !== undefined && !chunk.done; chunk = await body?.read()) {
      for (const event of reader.push(decoder.decode(chunk.value, { stream: true }))) {
        if (event.type === 'text-delta') {
          text += String((event.data as { delta?: unknown }).delta ?? '');
        } else if (event.type === 'finish') {
          end = 'finish';
        } else if (event.type === 'error') {
          end = 'error';
          code = codeOf(event.data);
        }
      }
    }
  } catch {
    // The connection broke: whatever arrived stands, and the end stays `cut` unless an event said otherwise.
  }
  return { app, status: response.status, text, end, ...(code && { code }) };
}
