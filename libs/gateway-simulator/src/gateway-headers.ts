import { performance } from 'node:perf_hooks';
import { withoutEmpty } from './http-io';
import { type SimulatorFlavor } from './simulator-options';
import { pythonFloat } from './usage';

export interface GatewayHeaderContext {
  flavor: SimulatorFlavor;
  version: string;
  callId: string;
  /** `performance.now()` at arrival. */
  startedAt: number;
  /** Scripted waiting, which counts as model time rather than proxy overhead. */
  scriptedDelayMs?: number;
  modelId?: string;
  modelGroup?: string;
  apiBase?: string;
}

/** How the answer goes out: the proxy sends a different set of headers on each. */
export type Delivery = { kind: 'json'; costUsd: number | null } | { kind: 'stream' };

// The proxy's request timeout when its config sets none (`x-litellm-timeout` on errors of a model call).
const DEFAULT_TIMEOUT_SECONDS = 6000;

function milliseconds(value: number): string {
  return pythonFloat(Math.round(Math.max(0, value) * 1000) / 1000);
}

/**
 * The `x-litellm-*` headers LiteLLM 1.83 adds to a chat answer. Both deliveries carry the call, deployment,
 * version, timings and the cost breakdown; a JSON answer adds `x-litellm-response-cost` (only for a priced
 * model), the model group, retries and fallbacks. A stream has none of those (issue #12689) but still says
 * `x-litellm-response-cost-original: 0.0`, so a reader matching names by prefix would take 0 as the cost.
 * A vLLM server sends none of them.
 */
export function gatewayHeaders(context: GatewayHeaderContext, delivery: Delivery): Record<string, string> {
  if (context.flavor === 'vllm') return {};
  const elapsed = performance.now() - context.startedAt;
  const cost = delivery.kind === 'json' ? delivery.costUsd : null;
  const spent = pythonFloat(cost ?? 0);
  const common: Record<string, string | undefined> = {
    'x-litellm-call-id': context.callId,
    'x-litellm-model-id': context.modelId,
    'x-litellm-model-api-base': context.apiBase,
    'x-litellm-version': context.version,
    'x-litellm-response-cost': cost === null ? undefined : pythonFloat(cost),
    'x-litellm-response-cost-original': spent,
    'x-litellm-response-cost-discount-amount': '0.0',
    'x-litellm-response-cost-margin-amount': '0.0',
    'x-litellm-response-cost-margin-percent': '0.0',
    'x-litellm-key-spend': spent,
    'x-litellm-response-duration-ms': milliseconds(elapsed),
    'x-litellm-overhead-duration-ms': milliseconds(elapsed - (context.scriptedDelayMs ?? 0)),
    'x-litellm-callback-duration-ms': '0.0',
  };
  if (delivery.kind === 'json') {
    common['x-litellm-model-group'] = context.modelGroup;
    common['x-litellm-attempted-retries'] = '0';
    common['x-litellm-attempted-fallbacks'] = '0';
  }
  return withoutEmpty(common);
}

/**
 * The few headers of an error answer: the call id and a zero cost and spend, plus the request timeout when
 * the model call itself failed (a refused model name fails before any call).
 */
export function errorHeaders(context: GatewayHeaderContext, modelCall: boolean): Record<string, string> {
  if (context.flavor === 'vllm') return {};
  const headers: Record<string, string> = {
    'x-litellm-call-id': context.callId,
    'x-litellm-response-cost': '0',
    'x-litellm-key-spend': '0.0',
  };
  if (modelCall) headers['x-litellm-timeout'] = pythonFloat(DEFAULT_TIMEOUT_SECONDS);
  return headers;
}
