/**
 * LiteLLM 1.108 answers a request that carries no key, to a proxy with a master key, with a bare
 * `500 Internal Server Error` in text/plain (1.83 answered `401 auth_error`; tools/conformance/FINDINGS.md).
 * Sent without a key, such an answer is the refusal of the missing key, not a server failure worth retrying:
 * it is read as the 401 it stands for. A JSON 500, or any 500 to a request with a key, stays what it is.
 * It is applied through LiteLLM's `reviseAnswer`, by calls and discovery alike; other servers never see it.
 */
export function isKeylessRefusal(response: Response, sentKey: boolean): boolean {
  if (sentKey || response.status !== 500) return false;
  return (response.headers.get('content-type') ?? '').startsWith('text/plain');
}

/** The 401 a keyless refusal stands for, in the gateway's error shape. */
export function keylessRefusalAnswer(response: Response): Response {
  const body = { error: { message: 'No API key was sent, and the gateway requires one', type: 'auth_error', param: null, code: '401' } };
  const headers = new Headers(response.headers);
  headers.set('content-type', 'application/json');
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(JSON.stringify(body), { status: 401, statusText: 'Unauthorized', headers });
}
