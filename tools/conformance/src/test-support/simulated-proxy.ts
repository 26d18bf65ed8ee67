import { type Fault, type GatewaySimulator, type SimulatedModel, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { buildProxyConfig } from '../proxy/proxy-config';
import { mockErrors } from '../proxy/proxy-models';
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

/** The conformance proxy's model list as simulated models: the same config, answered by the simulator itself. */
function simulatedModels(simulatorUrl: string): SimulatedModel[] {
  return buildProxyConfig({ masterKey: MASTER_KEY, simulatorUrl }).model_list.map((entry) => {
    const { api_key: _key, mock_response: mock, ...litellmParams } = entry.litellm_params;
    const model: SimulatedModel = { id: entry.model_name, litellmParams, modelInfo: entry.model_info };
    if (typeof mock !== 'string') return model;
    const fault = MOCK_FAULTS[mock];
    return fault === undefined ? { ...model, reply: { text: mock } } : { ...model, fault };
  });
}

/**
 * For a describe block: the gateway simulator (LiteLLM flavour) standing in for the whole conformance setup,
 * proxy and upstream at once, configured from the same proxy config. A scenario that passes here and against
 * the real proxy shows the simulator answers like the real one where that scenario looks.
 */
export function useSimulatedProxy(): () => ScenarioContext {
  let simulator: GatewaySimulator | null = null;
  beforeAll(async () => {
    simulator = await startGatewaySimulator({ masterKey: MASTER_KEY, models: [] });
    simulator.setModels(simulatedModels(simulator.url));
  });
  afterEach(() => simulator?.reset());
  afterAll(async () => {
    await simulator?.close();
  });
  return () => {
    if (simulator === null) throw new Error('the simulated proxy starts in beforeAll');
    return { baseUrl: simulator.url, masterKey: MASTER_KEY, simulatorUrl: simulator.url, simulator, proxyVersion: '1.83.14' };
  };
}

/** One `it` per scenario: each must pass against the simulated proxy. */
export function itPassesAgainstTheSimulator(scenarios: readonly Scenario[], context: () => ScenarioContext): void {
  for (const scenario of scenarios) {
    it(`passes against the simulator: ${scenario.name}`, () => scenario.run(context()));
  }
}
