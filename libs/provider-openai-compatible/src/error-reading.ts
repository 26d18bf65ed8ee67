import { type ProviderErrorCode } from '@modelgate/provider-contracts';

/** The codes a gateway's error answer can mean, each with the sentence that opens its message. */
export type AnswerCode = Extract<
  ProviderErrorCode,
  | 'bad_request'
  | 'model_not_found'
  | 'context_window_exceeded'
  | 'budget_exceeded'
  | 'unauthorized'
  | 'forbidden'
  | 'rate_limited'
  | 'timeout'
  | 'upstream'
  | 'misconfigured'
>;

/** An error answer as a server's own rules read it: status, `type` and the shortened message. */
export interface ErrorAnswer {
  status: number | null;
  type: string | null;
  detail: string;
  headers: Headers | undefined;
}

/** What a server's rules make of an answer; a field left out is read as any OpenAI-compatible server's. */
export interface ErrorReading {
  code?: AnswerCode;
  /** The wait the answer asks for where no header says it (a message's "try again in N seconds"). */
  retryAfterMs?: number | null;
  requestId?: string | null;
}

/**
 * A server's own reading of its error answers (LiteLLM's budget and DB-less refusals, its wording for an
 * unknown model), asked first; null leaves the answer to the OpenAI-compatible reading.
 */
export type ErrorClassifier = (answer: ErrorAnswer) => ErrorReading | null;
