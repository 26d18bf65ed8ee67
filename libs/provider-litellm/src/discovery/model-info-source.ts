import { issuePaths } from '@modelgate/provider-contracts';
import { type JsonOutcome, type ModelDetailsSource } from '@modelgate/provider-openai-compatible';
import { LITELLM_PROVIDER_ID } from '../litellm-definition';
import { mergeDeployments, toModelFacts } from './to-model-facts';
import { parseModelInfoResponse, type WireModelInfo } from './wire-schemas';

function unavailable(outcome: JsonOutcome, shapeProblem: string | null): string {
  if (shapeProblem !== null) return `unexpected shape at ${shapeProblem}`;
  return outcome.kind === 'http-error' ? `HTTP ${outcome.status}` : outcome.kind;
}

/**
 * LiteLLM's `/model/info`, asked alongside `/v1/models`: modes, context windows, prices and capabilities per
 * public model name. Optional: some keys get 403 there (LiteLLM issues #32443, #37810), old proxies 404;
 * the answer is then null and the ids alone are still a success.
 */
export const litellmModelInfo: ModelDetailsSource = async (get, logger) => {
  const outcome = await get('/model/info');
  const parsed = outcome.kind === 'json' ? parseModelInfoResponse(outcome.body) : null;
  if (!parsed?.success) {
    const reason = unavailable(outcome, parsed ? issuePaths(parsed.error) : null);
    logger.info({ provider: LITELLM_PROVIDER_ID, reason }, 'model info unavailable; using model ids only');
    return null;
  }
  // Several deployments may share one model_name (a model group): they make one model.
  const groups = new Map<string, WireModelInfo>();
  for (const { model_name: name, model_info: info } of parsed.data.data) {
    if (!info) continue;
    const earlier = groups.get(name);
    groups.set(name, earlier ? mergeDeployments(earlier, info) : info);
  }
  return (name) => {
    const info = groups.get(name);
    return info && toModelFacts(info);
  };
};
