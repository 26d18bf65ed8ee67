/**
 * The models the conformance proxy serves. The proxy config and the scenarios that check it both read these
 * constants, so a price or an id is written once.
 */

/** Answered by the proxy itself (`mock_response`), with known prices and `model_info`. */
export const mockChat = {
  id: 'mock-chat',
  text: 'Hello from the mock',
  inputCostPerToken: 0.000001,
  outputCostPerToken: 0.000002,
  maxInputTokens: 8192,
  maxOutputTokens: 1024,
} as const;

/**
 * Answered by the proxy itself with an error. LiteLLM turns these `mock_response` strings into exceptions
 * (`_handle_mock_potential_exceptions` in litellm/main.py): 429, 500, 400 context window, and
 * `Exception: mock_streaming_error`, which fails on the first chunk and so arrives as an HTTP 529, not as a
 * mid-stream frame (see FINDINGS.md; a real mid-stream error needs an upstream that breaks after some chunks).
 */
export const mockErrors = {
  rateLimit: { id: 'mock-rate-limit', mockResponse: 'litellm.RateLimitError' },
  serverError: { id: 'mock-server-error', mockResponse: 'litellm.InternalServerError' },
  contextWindow: { id: 'mock-context-window', mockResponse: 'litellm.ContextWindowExceededError' },
  streamError: { id: 'mock-stream-error', mockResponse: 'Exception: mock_streaming_error' },
} as const;

/** Routed by the proxy to the gateway simulator (an OpenAI-compatible upstream) with `api_base`. */
export const simulated = {
  id: 'sim-gpt',
  inputCostPerToken: 0.000003,
  outputCostPerToken: 0.000004,
} as const;

/**
 * Routed like `sim-gpt` but configured without prices or `model_info`: the proxy sends no cost header for it,
 * and its `/model/info` says 0 per token, which means "unknown", not "free" (FINDINGS.md).
 */
export const unpriced = { id: 'sim-unpriced' } as const;

/** The models the upstream (the gateway simulator) must know: the routed ones, by the name the proxy forwards. */
export const routedModelIds: readonly string[] = [simulated.id, unpriced.id];
