import {
  type ChatRequest,
  type ChatResult,
  type FailedAttempt,
  ProviderError,
  type StreamEvent,
} from '@modelgate/provider-contracts';

type Emit = (event: StreamEvent) => void;

export interface FallbackRun {
  /** One attempt at the call with one model: the request with that model, and where its events go. */
  attempt: (request: ChatRequest, emit: Emit) => Promise<ChatResult>;
  /** The failure of an attempt as the caller would get it. */
  mapFailure: (error: unknown, model: string) => ProviderError;
  /** Whether the call may go on to another model (it has not timed out or been aborted). */
  mayContinue: () => boolean;
  /** Told of each model given up on, before the next is tried. */
  onFallback: (failed: FailedAttempt, next: string) => void;
}

/** A failure another model may not have: a retryable one (rate limit, upstream, unreachable), or no such model. */
const worthAnotherModel = (error: ProviderError) => error.retryable || error.code === 'model_not_found';

/**
 * Passes an attempt's events on, but holds back its first `turn-start` until something follows it: an
 * attempt that fails before its first delta, tool call or usage has shown the caller nothing, so another
 * model may take over without a restart anyone could see.
 */
function watched(emit: Emit): { emit: Emit; reached: () => boolean } {
  let held: StreamEvent | null = null;
  let reached = false;
  return {
    emit(event) {
      if (!reached && event.type === 'turn-start' && event.turn === 1) {
        held = event;
        return;
      }
      if (held !== null) emit(held);
      held = null;
      reached = true;
      emit(event);
    },
    reached: () => reached,
  };
}

/** The last failure, its message saying which models failed before it (its code, status and spend stay its own). */
function withAttempts(error: ProviderError, failedAttempts: readonly FailedAttempt[]): ProviderError {
  if (failedAttempts.length === 0) return error;
  const before = failedAttempts.map((attempt) => `${attempt.model} (${attempt.code})`).join(', ');
  return new ProviderError({ ...error.toJSON(), rawText: error.rawText, message: `${error.message} (after ${before} failed)`, cause: error });
}

/**
 * The call with the request's model, then each of its `fallbackModels` in order while the failure is worth
 * another model and nothing of the failed attempt reached the caller (no text, no tool call, no tool run):
 * never a restart after text. The answer's gateway metadata lists the models that failed before it.
 */
export async function runWithFallbacks(request: ChatRequest, emit: Emit, run: FallbackRun): Promise<ChatResult> {
  const models = [request.model, ...(request.fallbackModels ?? [])];
  const failedAttempts: FailedAttempt[] = [];
  for (let index = 0; ; index++) {
    const model = models[index];
    const next = models[index + 1];
    // The last model's events go out as they come: no model is left to take over from it.
    const watch = next === undefined ? { emit, reached: () => true } : watched(emit);
    try {
      const result = await run.attempt(index === 0 ? request : { ...request, model }, watch.emit);
      return failedAttempts.length === 0 ? result : { ...result, gateway: { ...result.gateway, failedAttempts } };
    } catch (error) {
      const mapped = run.mapFailure(error, model);
      if (next === undefined || watch.reached() || !worthAnotherModel(mapped) || !run.mayContinue()) throw withAttempts(mapped, failedAttempts);
      const failed = { model, code: mapped.code, message: mapped.message, status: mapped.status };
      failedAttempts.push(failed);
      run.onFallback(failed, next);
    }
  }
}
