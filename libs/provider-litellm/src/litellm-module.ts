import { type ContainerModule } from 'inversify';
import { type OpenAICompatibleServer, openAICompatibleServerModule } from '@modelgate/provider-openai-compatible';
import { litellmModelInfo } from './discovery/model-info-source';
import { litellmProxyVersion } from './discovery/proxy-version';
import { inspectLiteLLMResponse } from './gateway-headers';
import { reviseLiteLLMAnswer } from './litellm-answers';
import { classifyLiteLLMError } from './litellm-errors';
import { type LiteLLMConfig, LiteLLMConfigToken, type LiteLLMConfigInput } from './litellm-config';
import { litellmDefinition } from './litellm-definition';
import { parseLiteLLMConfig } from './parse-config';

/**
 * What LiteLLM adds to the shared engine: `/model/info` and the proxy's version for discovery, its
 * `x-litellm-*` headers, its own error answers (budgets, DB-less refusals, wordings) and their 1.108 shapes.
 */
export function litellmServer(config: LiteLLMConfig): OpenAICompatibleServer {
  return {
    definition: litellmDefinition,
    config,
    configToken: LiteLLMConfigToken,
    details: litellmModelInfo,
    version: litellmProxyVersion,
    inspectResponse: inspectLiteLLMResponse,
    classifyError: classifyLiteLLMError,
    reviseAnswer: reviseLiteLLMAnswer,
  };
}

/**
 * Everything LiteLLM contributes to a container: its config, definition, discovery and provider. The config
 * is parsed here, so a bad value fails at composition, not on the first call.
 */
export function litellmModule(input: LiteLLMConfigInput): ContainerModule {
  return openAICompatibleServerModule(litellmServer(parseLiteLLMConfig(input)));
}
