/** The models the replicas serve; both route to the scripted upstream under their own names. */
export const scaleModels = {
  /** The model of the load and failover scenarios: no limit of its own. */
  open: 'scale-gpt',
  /** One deployment with an `rpm` limit, counted in Redis across the replicas. */
  limited: 'scale-limited',
} as const;

export interface ScaleProxyConfigOptions {
  readonly masterKey: string;
  /** Root URL of the OpenAI-compatible upstream. */
  readonly upstreamUrl: string;
  /** The key this replica sends the upstream: its own, so that the upstream can tell the replicas apart. */
  readonly upstreamKey: string;
  readonly redisPort: number;
  /** Requests per minute the limited deployment admits, all replicas together. */
  readonly rpm: number;
}

/**
 * The config of one replica; the replicas' configs differ only in the key they send the upstream. The deployment ids are fixed: LiteLLM keys its usage counters in Redis by
 * deployment id (`<id>:<model>:rpm:<HH-MM>`), and an id derived per process would give each replica counters
 * of its own. `usage-based-routing-v2` is the strategy that checks and counts `rpm` before each call.
 */
export function buildScaleProxyConfig(options: ScaleProxyConfigOptions) {
  const apiBase = `${options.upstreamUrl.replace(/\/+$/, '')}/v1`;
  const deployment = (name: string, extra: Readonly<Record<string, number>> = {}) => ({
    model_name: name,
    litellm_params: { model: `openai/${name}`, api_base: apiBase, api_key: options.upstreamKey, ...extra },
    model_info: { id: `${name}-deployment`, mode: 'chat', supports_function_calling: true },
  });
  return {
    model_list: [deployment(scaleModels.open), deployment(scaleModels.limited, { rpm: options.rpm })],
    general_settings: { master_key: options.masterKey },
    router_settings: {
      routing_strategy: 'usage-based-routing-v2',
      redis_host: '127.0.0.1',
      redis_port: options.redisPort,
      // The upstream is scripted and never fails: a retry here would only hide a duplicated call.
      num_retries: 0,
    },
    litellm_settings: { num_retries: 0, request_timeout: 120 },
  };
}
