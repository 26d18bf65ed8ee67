import { type ErrorClassifier } from '@modelgate/provider-openai-compatible';

/**
 * LiteLLM's two wordings for a model it does not serve: `Invalid model name passed in model=x` (no route
 * matches), and, when a wildcard route is configured, a 400 `You passed in model=x. There are no healthy
 * deployments for this model` (1.83.14 and 1.108.7, tools/conformance/FINDINGS.md). The 429 "No deployments
 * available" of a cooled-down group is a different sentence, and a 429 keeps its own reading.
 */
const UNKNOWN_MODEL = /Invalid model name passed in model=|You passed in model=\S+ There are no healthy deployments for this model/i;
/** Statuses whose own reading goes before the wording of the message. */
const READ_BY_STATUS = new Set([401, 403, 408, 429]);

/** LiteLLM's "No deployments available" says "Try again in N seconds" in its message instead of a header. */
export function retryAfterFromMessage(message: string): number | null {
  const match = /try again in (\d+(?:\.\d+)?) ?s(?:ec(?:ond)?s?)?\b/i.exec(message);
  return match ? Number(match[1]) * 1000 : null;
}

/**
 * What LiteLLM's error answers mean beyond the OpenAI-compatible reading: an exceeded budget (typed
 * `budget_exceeded`, a 429 on newer proxies and a 400 on older ones), a DB-less proxy's refusal of a key,
 * its wording for an unknown model, the wait its message names, and its call id as the request id.
 */
export const classifyLiteLLMError: ErrorClassifier = ({ status, type, detail, headers }) => {
  const requestId = headers?.get('x-litellm-call-id') ?? null;
  const retryAfterMs = retryAfterFromMessage(detail);
  const budgetStatus = status === 400 || status === 429;
  if (type === 'budget_exceeded' || (budgetStatus && /budget/i.test(detail))) return { code: 'budget_exceeded', requestId };
  // A proxy without a database (the common master-key-only setup) answers every key but the master key
  // with `400 {"type":"no_db_connection","message":"No connected db."}` (LiteLLM 1.83, user_api_key_auth.py):
  // that is a rejected key, not a bad request.
  if (type === 'no_db_connection') return { code: 'unauthorized', requestId };
  const byStatus = status !== null && READ_BY_STATUS.has(status);
  if (!byStatus && UNKNOWN_MODEL.test(detail)) return { code: 'model_not_found', requestId };
  return { requestId, retryAfterMs };
};
