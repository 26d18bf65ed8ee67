import { buildProxyConfig, renderProxyConfig } from './proxy-config';
import { embedder, grouped, limited, mockChat, mockErrors, notChat, reasoner, simulated, unpriced, upstreamModels } from './proxy-models';

describe('buildProxyConfig', () => {
  const config = buildProxyConfig({ masterKey: 'sk-conformance-spec', simulatorUrl: 'http://127.0.0.1:4010' });
  const entry = (name: string) => config.model_list.find((model) => model.model_name === name);

  it('gives the mock model its mock text, its prices in litellm_params and its capabilities in model_info', () => {
    expect(entry(mockChat.id)).toEqual({
      model_name: 'mock-chat',
      litellm_params: {
        model: 'openai/mock-chat',
        api_key: 'fake',
        mock_response: 'Hello from the mock',
        input_cost_per_token: 0.000001,
        output_cost_per_token: 0.000002,
      },
      model_info: { mode: 'chat', max_input_tokens: 8192, max_output_tokens: 1024, supports_function_calling: true },
    });
  });

  it('answers each error model with the mock_response string LiteLLM turns into that error', () => {
    expect(entry(mockErrors.rateLimit.id)?.litellm_params['mock_response']).toBe('litellm.RateLimitError');
    expect(entry(mockErrors.serverError.id)?.litellm_params['mock_response']).toBe('litellm.InternalServerError');
    expect(entry(mockErrors.streamError.id)?.litellm_params['mock_response']).toBe('Exception: mock_streaming_error');
  });

  it('routes only the simulated models to an upstream, each to a model the upstream serves', () => {
    const routed = config.model_list.filter((model) => 'api_base' in model.litellm_params);

    expect(routed.map((model) => model.model_name)).toEqual([simulated.id, unpriced.id, grouped.id, grouped.id, limited.id, reasoner.id, embedder.id]);
    const upstream = upstreamModels.map((model) => model.id);
    for (const model of routed) expect(upstream).toContain(String(model.litellm_params['model']).replace(/^openai\//, ''));
  });

  it('writes the model group as two deployments under one name, and the other modes with their mode', () => {
    expect(config.model_list.filter((model) => model.model_name === grouped.id).map((model) => model.model_info)).toEqual(
      grouped.deployments.map((deployment) => deployment.modelInfo),
    );
    for (const [id, mode] of Object.entries(notChat.modes)) expect(entry(id)?.model_info).toEqual({ mode });
    expect(entry(notChat.wildcard)?.litellm_params).toEqual({ model: 'openai/*', api_key: 'fake' });
  });

  it('routes the unpriced model with neither prices nor model_info', () => {
    expect(entry(unpriced.id)).toEqual({
      model_name: 'sim-unpriced',
      litellm_params: { model: 'openai/sim-unpriced', api_base: 'http://127.0.0.1:4010/v1', api_key: 'fake' },
    });
  });

  it('routes the simulated model to the simulator OpenAI base, with its prices', () => {
    const routed = buildProxyConfig({ masterKey: 'sk-x', simulatorUrl: 'http://127.0.0.1:4010/' });

    expect(routed.model_list.find((model) => model.model_name === simulated.id)?.litellm_params).toEqual({
      model: 'openai/sim-gpt',
      api_base: 'http://127.0.0.1:4010/v1',
      api_key: 'fake',
      input_cost_per_token: 0.000003,
      output_cost_per_token: 0.000004,
    });
  });

  it('sets the master key and turns retries and cooldowns off', () => {
    expect(config.general_settings).toEqual({ master_key: 'sk-conformance-spec' });
    expect(config.router_settings).toEqual({ num_retries: 0, disable_cooldowns: true });
    expect(config.litellm_settings.num_retries).toBe(0);
  });

  it('leaves the master key out for the no-key run, telling 1.108 it may start without one', () => {
    const keyless = buildProxyConfig({ masterKey: null, simulatorUrl: 'http://127.0.0.1:4010' });
    expect(keyless.general_settings).toEqual({ dangerously_permit_weak_or_unset_master_key: true });
  });
});

describe('renderProxyConfig', () => {
  it('writes the config as JSON, which YAML reads as is', () => {
    const config = buildProxyConfig({ masterKey: 'sk-x', simulatorUrl: 'http://127.0.0.1:4010' });

    expect(JSON.parse(renderProxyConfig(config))).toEqual(config);
  });

  it('refuses a number JavaScript would write in exponent form, which PyYAML reads as a string', () => {
    const config = buildProxyConfig({ masterKey: 'sk-x', simulatorUrl: 'http://127.0.0.1:4010' });
    const tiny = { ...config, litellm_settings: { ...config.litellm_settings, request_timeout: 1e-7 } };

    expect(() => renderProxyConfig(tiny)).toThrow('request_timeout=1e-7');
  });
});
