import { type SerializedProviderError } from '@modelgate/provider-contracts';

/**
 * A failed turn in words a person acts on. Messages from upstream may carry the provider's raw answer, so they
 * are never shown; only the demo server's own refusals (an HTTP 4xx it chose, before any call) are its words.
 */
export function describeFailure(error: SerializedProviderError, httpStatus: number | null): string {
  const refusedByDemo = httpStatus !== null && httpStatus >= 400 && httpStatus < 500 && httpStatus !== 429;
  switch (error.code) {
    case 'rate_limited':
      return 'The gateway is rate limiting this model. Its limits count requests and tokens per minute: press Retry in about a minute.';
    case 'budget_exceeded':
      return "The gateway's spending budget for this key is used up. Retrying will not help until its admin raises the budget or it resets.";
    case 'unauthorized':
      return httpStatus === 401
        ? 'This demo server needs its API token: enter it under "API token", then press Retry.'
        : "The gateway refused the demo server's key. Check LITELLM_API_KEY (or VLLM_API_KEY) where the server runs.";
    case 'forbidden':
      return refusedByDemo ? error.message : "The gateway's key may not use this model. Pick another model or ask the gateway's admin.";
    case 'aborted':
      return 'Stopped: the request to the model was cancelled. Press Retry to ask again.';
    case 'timeout':
      return 'The model took too long to answer. Press Retry, or ask for something shorter.';
    case 'unreachable':
      return 'The gateway could not be reached. Check that it is running, then press Retry.';
    case 'context_window_exceeded':
      return "The conversation no longer fits the model's context window. Start a new chat, or pick a model with a larger window.";
    case 'model_not_found':
      return 'The gateway does not serve this model (any more). Reload the models and pick another.';
    case 'bad_request':
      return refusedByDemo ? error.message : 'The gateway refused the request as malformed. Start a new chat, or pick another model.';
    case 'tool_failed':
      return 'A tool failed while the model was using it. Press Retry, or ask without the tools.';
    case 'tool_loop_limit':
      return 'The model kept calling tools past the limit without answering. Rephrase the question, or ask without the tools.';
    case 'invalid_response':
      return 'The answer could not be read: the gateway sent something the demo does not understand. Press Retry.';
    case 'misconfigured':
      return 'The demo server is not set up for this: check how it was started (npm start).';
    case 'upstream':
      return "The model's provider failed to answer. Press Retry; if it keeps failing, pick another model.";
  }
}
