import { ProviderError } from '@modelgate/provider-contracts';
import { LiteLLMConfig, type LiteLLMConfigInput } from './litellm-config';

/** A bad value is a startup error naming the field; the message never repeats the value (it may be a key). */
export function parseLiteLLMConfig(input: LiteLLMConfigInput): LiteLLMConfig {
  const parsed = LiteLLMConfig.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`);
  throw new ProviderError({
    code: 'misconfigured',
    message: `Invalid LiteLLM configuration: ${problems.join('; ')}`,
    provider: 'litellm',
  });
}
