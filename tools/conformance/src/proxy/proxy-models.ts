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

/** The models routed under their own name. */
export const routedModelIds: readonly string[] = [simulated.id, unpriced.id];

/**
 * One public name with two deployments (a model group), routed to upstream models of their own (a model
 * shared with a priced deployment would inherit that one's cost-map entry, `supports_vision: false` and all,
 * FINDINGS.md); their `model_info` differ, so the merged model shows which deployment each fact came from.
 */
export const grouped = {
  id: 'sim-group',
  deployments: [
    { upstream: 'sim-group-a', modelInfo: { max_input_tokens: 4096, supports_function_calling: true } },
    { upstream: 'sim-group-b', modelInfo: { max_input_tokens: 16384, max_output_tokens: 512, supports_vision: true } },
  ],
} as const;

/** Routed to `sim-gpt` with `model_info` overrides saying it takes no tools and no images. */
export const limited = {
  id: 'sim-limited',
  maxInputTokens: 2048,
} as const;

/**
 * Routed to `sim-gpt` and allowed `reasoning_effort`: 1.83.14 refuses that parameter for a custom `openai/`
 * model unless the deployment lists it in `allowed_openai_params` (FINDINGS.md).
 */
export const reasoner = { id: 'sim-reasoner' } as const;

/**
 * An embedding model routed to the simulator's `/v1/embeddings` under its own name, priced per input token
 * and stating its vector length (`output_vector_size`) in `model_info`.
 */
export const embedder = {
  id: 'sim-embedding',
  inputCostPerToken: 0.000002,
  dimensions: 8,
  maxInputTokens: 8191,
} as const;

/** Listed by the proxy but never chat models: a wildcard route and deployments of other modes. */
export const notChat = {
  wildcard: 'openai/*',
  modes: {
    'mock-embedding': 'embedding',
    'mock-image-generation': 'image_generation',
    'mock-realtime': 'realtime',
    'mock-video': 'video_generation',
    'mock-future-mode': 'telepathy',
  },
} as const;

/** Every public model name the config writes, the wildcard route aside. */
export const configuredModelIds: readonly string[] = [
  mockChat.id,
  ...Object.values(mockErrors).map((error) => error.id),
  ...routedModelIds,
  grouped.id,
  limited.id,
  reasoner.id,
  embedder.id,
  ...Object.keys(notChat.modes),
];

/** The configured names discovery offers for chat: all but the embedding model and the other modes. */
export const configuredChatModelIds: readonly string[] = configuredModelIds.filter((id) => !(id in notChat.modes) && id !== embedder.id);

/** The models the upstream (the gateway simulator) must know, by the name the proxy forwards. */
export const upstreamModelIds: readonly string[] = [...routedModelIds, ...grouped.deployments.map((deployment) => deployment.upstream)];

/** The upstream's models: the chat models by name, and the embedding model with its mode and vector length. */
export const upstreamModels = [
  ...upstreamModelIds.map((id) => ({ id })),
  { id: embedder.id, modelInfo: { mode: 'embedding', output_vector_size: embedder.dimensions } },
];
