import { buildScaleProxyConfig, scaleModels } from './proxy-config';

const config = buildScaleProxyConfig({ masterKey: 'sk-test', upstreamUrl: 'http://127.0.0.1:3000/', upstreamKey: 'upstream-a', redisPort: 6400, rpm: 3 });

describe('buildScaleProxyConfig', () => {
  it('gives every deployment a fixed id, so every replica counts its usage under the same Redis key', () => {
    expect(config.model_list.map((entry) => entry.model_info.id)).toEqual(['scale-gpt-deployment', 'scale-limited-deployment']);
    expect(buildScaleProxyConfig({ masterKey: 'sk-other', upstreamUrl: 'http://127.0.0.1:9/', upstreamKey: 'upstream-b', redisPort: 1, rpm: 3 }).model_list.map((entry) => entry.model_info.id)).toEqual(
      config.model_list.map((entry) => entry.model_info.id),
    );
  });

  it('puts the rpm limit on the limited deployment alone and routes both to the upstream with the replica\'s own key', () => {
    const [open, limited] = config.model_list;

    expect(open?.litellm_params).toEqual({ model: `openai/${scaleModels.open}`, api_base: 'http://127.0.0.1:3000/v1', api_key: 'upstream-a' });
    expect(limited?.litellm_params).toMatchObject({ model: `openai/${scaleModels.limited}`, rpm: 3 });
  });

  it('points the router at Redis with the strategy that enforces rpm', () => {
    expect(config.router_settings).toMatchObject({ routing_strategy: 'usage-based-routing-v2', redis_host: '127.0.0.1', redis_port: 6400 });
  });
});
