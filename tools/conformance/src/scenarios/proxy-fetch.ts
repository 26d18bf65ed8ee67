import type { ScenarioContext } from './scenario';

/** A raw HTTP call to the proxy with the master key (if it has one), for the checks that look at the wire itself. */
export function proxyFetch(context: ScenarioContext, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (context.masterKey !== null) headers.set('authorization', `Bearer ${context.masterKey}`);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  return fetch(`${context.baseUrl}${path}`, { ...init, headers, signal: init.signal ?? AbortSignal.timeout(30_000) });
}

/** POST /v1/chat/completions with one user message. */
export function postChat(context: ScenarioContext, body: Record<string, unknown>): Promise<Response> {
  const request = { messages: [{ role: 'user', content: 'Say hello.' }], ...body };
  return proxyFetch(context, '/v1/chat/completions', { method: 'POST', body: JSON.stringify(request) });
}

/** The body as JSON, or an error that shows the status and the start of the body. */
export async function jsonBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}
