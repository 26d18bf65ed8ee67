import { z } from 'zod';
import { OpenAICompatibleServerConfig, parseServerConfig } from '@modelgate/provider-openai-compatible';
import { vllmDefinition } from './vllm-definition';

/** US dollars per token, as the operator reckons them: a self-hosted server reports no price of its own. */
export const VllmModelPrice = z.strictObject({
  inputPerToken: z.number().nonnegative(),
  outputPerToken: z.number().nonnegative(),
});
export type VllmModelPrice = z.infer<typeof VllmModelPrice>;

/**
 * How to reach one vLLM server (`vllm serve ... --api-key` makes the key required), plus optional prices by
 * served model name (as `/v1/models` lists it, without the `vllm/` prefix). Without a price a call's cost
 * is unknown, never 0.
 */
export const VllmConfig = OpenAICompatibleServerConfig.extend({
  prices: z.record(z.string().min(1), VllmModelPrice).optional(),
});
export type VllmConfig = z.output<typeof VllmConfig>;
export type VllmConfigInput = z.input<typeof VllmConfig>;

export const VllmConfigToken = Symbol.for('modelgate.VllmConfig');

/** Fails at composition with a `misconfigured` error naming vLLM and the field, never the value. */
export function parseVllmConfig(input: VllmConfigInput): VllmConfig {
  return parseServerConfig(VllmConfig, input, vllmDefinition);
}
