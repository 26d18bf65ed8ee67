import { embedder, grouped, limited, mockChat, mockErrors, notChat, reasoner, simulated, unpriced } from './proxy-models';

export interface ProxyConfigOptions {
  /** `sk-...`: the proxy's master key; with no database it is the only key the proxy accepts. null: none. */
  readonly masterKey: string | null;
  /** Root URL of the OpenAI-compatible upstream (the gateway simulator) the `sim-*` models are routed to. */
  readonly simulatorUrl: string;
}

interface ModelEntry {
  readonly model_name: string;
  readonly litellm_params: Readonly<Record<string, string | number | readonly string[]>>;
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
      routedModel(options.simulatorUrl, simulated.id, {
        prices: { input_cost_per_token: simulated.inputCostPerToken, output_cost_per_token: simulated.outputCostPerToken },
        modelInfo: { mode: 'chat', supports_function_calling: true, supports_response_schema: true },
      }),
      routedModel(options.simulatorUrl, unpriced.id),
      ...grouped.deployments.map(({ upstream, modelInfo }) => routedModel(options.simulatorUrl, grouped.id, { upstream, modelInfo })),
      routedModel(options.simulatorUrl, limited.id, {
        upstream: simulated.id,
        modelInfo: { mode: 'chat', max_input_tokens: limited.maxInputTokens, supports_vision: false, supports_function_calling: false },
      }),
      routedModel(options.simulatorUrl, reasoner.id, {
        upstream: simulated.id,
        params: { allowed_openai_params: ['reasoning_effort'] },
        modelInfo: { mode: 'chat', supports_reasoning: true },
      }),
      routedModel(options.simulatorUrl, embedder.id, {
        prices: { input_cost_per_token: embedder.inputCostPerToken },
        modelInfo: { mode: 'embedding', max_input_tokens: embedder.maxInputTokens, output_vector_size: embedder.dimensions },
      }),
      { model_name: notChat.wildcard, litellm_params: { model: notChat.wildcard, api_key: 'fake' } },
      ...Object.entries(notChat.modes).map(
        ([id, mode]): ModelEntry => ({ model_name: id, litellm_params: { model: `openai/${id}`, api_key: 'fake' }, model_info: { mode } }),
      ),
    ] satisfies ModelEntry[],
    // Without a master key the proxy checks no key at all (the no-key run). 1.108 refuses to start so unless told
    // it may (UnsafeMasterKeyError, FINDINGS.md); 1.83 does not know the setting and starts either way.
    general_settings: options.masterKey === null ? { dangerously_permit_weak_or_unset_master_key: true } : { master_key: options.masterKey },
    // Retries and cooldowns would turn one scripted failure into several upstream calls, or into the
    // router's own "No deployments available" 429 for the next scenario.
    router_settings: { num_retries: 0, disable_cooldowns: true },
    litellm_settings: { num_retries: 0, request_timeout: 60 },
  };
}

interface RoutedSettings {
  /** The upstream's model name, when it is not the public one. */
  readonly upstream?: string;
  readonly prices?: Readonly<Record<string, number>>;
  /** More `litellm_params`. */
  readonly params?: ModelEntry['litellm_params'];
  readonly modelInfo?: ModelEntry['model_info'];
}

/** A model the proxy forwards to the simulator's OpenAI API, under its own name (`openai/<id>`) unless told. */
function routedModel(simulatorUrl: string, id: string, settings: RoutedSettings = {}): ModelEntry {
  return {
    model_name: id,
    litellm_params: {
      model: `openai/${settings.upstream ?? id}`,
      api_base: `${simulatorUrl.replace(/\/+$/, '')}/v1`,
      api_key: 'fake',
      ...settings.prices,
      ...settings.params,
    },
    ...(settings.modelInfo === undefined ? {} : { model_info: settings.modelInfo }),
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
