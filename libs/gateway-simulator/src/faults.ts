import { unknownKeyWithDatabase } from './auth';
import { type ErrorAnswer, errors } from './litellm-errors';
import { type Fault, type FaultKind } from './reply';

/** Faults that shape a chat answer rather than replace it; they make no sense on the other routes. */
const CHAT_ONLY: ReadonlySet<FaultKind> = new Set([
  'invalid-model',
  'context-window',
  'midstream-error',
  'tool-deltas-index0',
  'missing-tool-ids',
]);

export function isChatOnlyFault(fault: Fault): boolean {
  return CHAT_ONLY.has(fault.fault);
}

/** Where the failure concerns a model, the wording names it and one of its deployments. */
export interface FaultContext {
  model: string;
  deploymentId: string;
  /** The header a scripted wait goes in: `retry-after`, or 1.108's `llm_provider-retry-after` copy of the upstream's. */
  retryAfterHeader?: string;
}

function rawStatus(fault: Extract<Fault, { fault: 'status' }>): ErrorAnswer {
  const body = fault.body === undefined ? errors.custom(fault.status).body : fault.body;
  return { status: fault.status, body, headers: fault.headers };
}

/** The error answer of a fault that simply fails the request, or null for faults that act on the stream. */
export function errorForFault(fault: Fault, context: FaultContext): ErrorAnswer | null {
  switch (fault.fault) {
    case 'status':
      return rawStatus(fault);
    case 'unauthorized':
      // What a proxy with a key database answers an unknown key, computed for a key nobody holds.
      return unknownKeyWithDatabase('sk-simulated-revoked-key');
    case 'invalid-model':
      return errors.invalidModel(context.model);
    case 'request-timeout':
      return errors.requestTimeout(context.model);
    case 'rate-limit': {
      const answer = errors.rateLimit(context.model);
      // A retry-after header is not guaranteed on the proxy's 429s: only when the script asks for one.
      if (fault.retryAfterSeconds !== undefined) answer.headers = { [context.retryAfterHeader ?? 'retry-after']: String(fault.retryAfterSeconds) };
      return answer;
    }
    case 'no-deployments':
      return errors.noDeployments(context.model, context.deploymentId);
    case 'budget-exceeded':
      return errors.budgetExceeded(fault.status ?? 429);
    case 'server-error':
      return errors.serverError(context.model);
    case 'unavailable':
      return errors.unavailable(context.model);
    case 'context-window':
      return errors.contextWindow(context.model);
    default:
      return null;
  }
}
