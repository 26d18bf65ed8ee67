import { parseServerConfig } from '@modelgate/provider-openai-compatible';
import { LiteLLMConfig, type LiteLLMConfigInput } from './litellm-config';
import { litellmDefinition } from './litellm-definition';

/** A bad value is a `misconfigured` error naming LiteLLM and the field, never the value (it may be a key). */
export function parseLiteLLMConfig(input: LiteLLMConfigInput): LiteLLMConfig {
  return parseServerConfig(LiteLLMConfig, input, litellmDefinition);
}
