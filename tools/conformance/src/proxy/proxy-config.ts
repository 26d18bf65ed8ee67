import { mockChat, mockErrors, simulated } from './proxy-models';

export interface ProxyConfigOptions {
  /** `sk-...`: the proxy's master key; with no database it is the only key the proxy accepts. */
  readonly masterKey: string;
  /** Root URL of the OpenAI-compatible upstream (the gateway simulator) the `sim-*` models are routed to. */
  readonly simulatorUrl: string;
}

interface ModelEntry {
  readonly model_name: string;
  readonly litellm_params: Readonly<Record<string, string | number>>;
  readonly model_info?: Readonly<Record<string, string | number | boolean>>;
}

/** The proxy's config.yaml as data: mocked models, routed models, master key, no retries, no cooldowns. */
export function buildProxyConfig(options: ProxyConfigOptions) {
  const errorModels = Object.values(mockErrors).map(
    (error): ModelEntry => ({
      model_name: error.id,
      litellm_params: { model: `openai/${error.id}`, api_key: 'fake', mock_response: error.mockResponse },
    }),
  );
  return {
    model_list: [
      {
        model_name: mockChat.id,
        litellm_params: {
          model: `openai/${mockChat.id}`,
          api_key: 'fake',
          mock_response: mockChat.text,
          input_cost_per_token: mockChat.inputCostPerToken,
          output_cost_per_token: mockChat.outputCostPerToken,
        },
        model_info: {
          mode: 'chat',
          max_input_tokens: mockChat.maxInputTokens,
          max_output_tokens: mockChat.maxOutputTokens,
          supports_function_calling: true,
        },
      },
      ...errorModels,
      routedModel(options.simulatorUrl),
    ] satisfies ModelEntry[],
    general_settings: { master_key: options.masterKey },
    // Retries and cooldowns would turn one scripted failure into several upstream calls, or into the
    // router's own "No deployments available" 429 for the next scenario.
    router_settings: { num_retries: 0, disable_cooldowns: true },
    litellm_settings: { num_retries: 0, request_timeout: 60 },
  };
}

function routedModel(simulatorUrl: string): ModelEntry {
  return {
    model_name: simulated.id,
    litellm_params: {
      model: `openai/${simulated.id}`,
      api_base: `${simulatorUrl.replace(/\/+$/, '')}/v1`,
      api_key: 'fake',
      input_cost_per_token: simulated.inputCostPerToken,
      output_cost_per_token: simulated.outputCostPerToken,
    },
    model_info: { mode: 'chat', supports_function_calling: true, supports_response_schema: true },
  };
}

/**
 * JSON is valid YAML, so the config needs no YAML library; LiteLLM reads it with PyYAML's `safe_load`. One
 * trap: PyYAML follows YAML 1.1, where `1e-7` (JavaScript's form for small numbers) is a string, not a float,
 * so a price in exponent form would be refused.
 */
export function renderProxyConfig(config: ReturnType<typeof buildProxyConfig>): string {
  return `${JSON.stringify(config, rejectExponents, 2)}\n`;
}

function rejectExponents(key: string, value: unknown): unknown {
  if (typeof value === 'number' && /e/i.test(String(value))) {
    throw new Error(`config value ${key}=${value} would be read by PyYAML as a string; use a larger unit`);
  }
  return value;
}
