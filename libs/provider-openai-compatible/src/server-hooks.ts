import { type ErrorClassifier } from './error-reading';
import { type ResponseInspector } from './model-call';

/**
 * Rewrites a server's error answer before the SDK reads it, given the headers the request went out with:
 * where a server answers in its own way what the SDK must read the OpenAI way (LiteLLM 1.108's bare 500 to
 * a request without a key, its upstream's wait under another header name).
 */
export type AnswerReviser = (response: Response, sent: Headers) => Response;

/** What one OpenAI-compatible server adds to the engine's reading of its answers; each hook is optional. */
export interface ServerHooks {
  /** Reads the server's response headers (LiteLLM's `x-litellm-*`); without it, no gateway metadata or header cost. */
  inspectResponse?: ResponseInspector;
  /** The server's own reading of its error answers, asked before the OpenAI-compatible one. */
  classifyError?: ErrorClassifier;
  /** Rewrites an error answer before the SDK sees it, so its retries read it as they should. */
  reviseAnswer?: AnswerReviser;
}

/**
 * The hooks that read a server's answers, for calls and discovery's GETs alike. `inspectResponse` is not
 * among them: it reads what only a call reports (gateway metadata, cost).
 */
export type AnswerHooks = Pick<ServerHooks, 'classifyError' | 'reviseAnswer'>;
