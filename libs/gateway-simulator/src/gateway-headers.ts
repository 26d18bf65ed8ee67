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
  /** Only on non-streaming answers: the real proxy sends no cost header on streams (issue #12689). */
  costUsd?: number | null;
}

function milliseconds(value: number): string {
  return pythonFloat(Math.round(Math.max(0, value) * 1000) / 1000);
}

/**
 * The `x-litellm-*` headers the proxy adds to chat answers (and to its errors). Empty values are left
 * out; a vLLM server sends none of them.
 */
export function gatewayHeaders(context: GatewayHeaderContext): Record<string, string> {
  if (context.flavor === 'vllm') return {};
  const elapsed = performance.now() - context.startedAt;
  const headers: Record<string, string | undefined> = {
    'x-litellm-call-id': context.callId,
    'x-litellm-model-id': context.modelId,
    'x-litellm-model-group': context.modelGroup,
    'x-litellm-model-api-base': context.apiBase,
    'x-litellm-version': context.version,
    'x-litellm-response-duration-ms': milliseconds(elapsed),
    'x-litellm-overhead-duration-ms': milliseconds(elapsed - (context.scriptedDelayMs ?? 0)),
    'x-litellm-attempted-retries': '0',
    'x-litellm-attempted-fallbacks': '0',
    'x-litellm-response-cost':
      context.costUsd === undefined || context.costUsd === null ? undefined : pythonFloat(context.costUsd),
  };
  return withoutEmpty(headers);
}
