import { type Fault, type GatewaySimulator, type SimulatedModel, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { buildProxyConfig } from '../proxy/proxy-config';
import { mockErrors } from '../proxy/proxy-models';
import { litellmReleases } from '../releases';
import type { Scenario, ScenarioContext } from '../scenarios/scenario';

const MASTER_KEY = 'sk-conformance-simulated-proxy';

/** What the real proxy answers each error model with (FINDINGS.md), as simulator faults. */
const MOCK_FAULTS: Readonly<Record<string, Fault>> = {
  [mockErrors.rateLimit.mockResponse]: { fault: 'rate-limit' },
  [mockErrors.serverError.mockResponse]: { fault: 'server-error' },
  [mockErrors.contextWindow.mockResponse]: { fault: 'context-window' },
  // The mock raises before its first chunk, so the proxy answers 529 (Anthropic's "overloaded") as JSON.
  [mockErrors.streamError.mockResponse]: {
    fault: 'status',
    status: 529,
    body: {
      error: {
        message: `litellm.APIError: APIError: OpenAIException - litellm.MockException: This is a mock error raised mid-stream. Received Model Group=${mockErrors.streamError.id}\nAvailable Model Group Fallbacks=None`,
        type: null,
        param: null,
        code: '529',
      },
    },
  },
};

/**
 * The conformance proxy's model list as simulated models: the same config, answered by the simulator itself.
 * The deployments of a model group become one simulated model with that many deployments and their
 * model_info merged, first deployment first, as the library merges what the proxy lists per deployment.
 */
function simulatedModels(simulatorUrl: string): SimulatedModel[] {
  const models = new Map<string, SimulatedModel>();
  for (const entry of buildProxyConfig({ masterKey: MASTER_KEY, simulatorUrl }).model_list) {
    const earlier = models.get(entry.model_name);
    if (earlier !== undefined) {
      const modelInfo = { ...entry.model_info, ...earlier.modelInfo };
      models.set(entry.model_name, { ...earlier, modelInfo, deployments: (earlier.deployments ?? 1) + 1 });
      continue;
    }
    const { api_key: _key, mock_response: mock, ...litellmParams } = entry.litellm_params;
    const model: SimulatedModel = { id: entry.model_name, litellmParams, modelInfo: entry.model_info };
    const fault = typeof mock === 'string' ? MOCK_FAULTS[mock] : undefined;
    if (typeof mock !== 'string') models.set(model.id, model);
    else models.set(model.id, fault === undefined ? { ...model, reply: { text: mock } } : { ...model, fault });
  }
  return [...models.values()];
}

/** The context of a simulated proxy, by the release it answers like. */
export type SimulatedProxies = (release: string) => ScenarioContext;

/**
 * For a describe block: one gateway simulator (LiteLLM flavour) per release in `releases.ts`, each answering
 * like that release (`litellmVersion`) and standing in for the whole conformance setup, proxy and upstream
 * at once, configured from the same proxy config. A scenario that passes here and against the real proxy
 * of a release shows the simulator answers like that release where the scenario looks.
 */
export function useSimulatedProxy(options: { masterKey?: boolean } = {}): SimulatedProxies {
  // Like the no-key run's proxy: without a master key the simulator checks no key either.
  const masterKey = options.masterKey === false ? null : MASTER_KEY;
  const simulators = new Map<string, GatewaySimulator>();
  beforeAll(async () => {
    for (const release of litellmReleases) {
      const simulator = await startGatewaySimulator({ masterKey, models: [], litellmVersion: release });
      simulator.setModels(simulatedModels(simulator.url));
      simulators.set(release, simulator);
    }
  });
  afterEach(() => {
    for (const simulator of simulators.values()) simulator.reset();
  });
  afterAll(async () => {
    for (const simulator of simulators.values()) await simulator.close();
  });
  return (release) => {
    const simulator = simulators.get(release);
    if (simulator === undefined) throw new Error('the simulated proxies start in beforeAll');
    return { baseUrl: simulator.url, masterKey, simulatorUrl: simulator.url, simulator, proxyVersion: release };
  };
}

/** One `it` per scenario and release: each must pass against the simulator answering like that release. */
export function itPassesAgainstTheSimulator(scenarios: readonly Scenario[], contexts: SimulatedProxies): void {
  for (const release of litellmReleases) {
    for (const scenario of scenarios) {
      it(`passes against the simulator as LiteLLM ${release}: ${scenario.name}`, () => scenario.run(contexts(release)));
    }
  }
}
