import type { GatewaySimulator } from '@modelgate/gateway-simulator';

/** What every scenario gets: where the real proxy is, how to reach it, and the upstream behind it. */
export interface ScenarioContext {
  /** The proxy's root URL, `http://127.0.0.1:<port>` (the OpenAI API is under `/v1`). */
  readonly baseUrl: string;
  /**
   * The proxy's master key (`sk-conformance-...`), the only key a proxy without a database accepts; null for
   * the run of a proxy without one, which checks no key at all.
   */
  readonly masterKey: string | null;
  /** Root URL of the gateway simulator the proxy routes the `sim-*` models to. */
  readonly simulatorUrl: string;
  /**
   * That simulator (vLLM flavour: a plain OpenAI-compatible server), to script what the upstream answers
   * (`enqueue`, faults) and to read what the proxy sent it (`chatRequests`).
   */
  readonly simulator: GatewaySimulator;
  /** The LiteLLM version the proxy reports. */
  readonly proxyVersion: string;
}

/** One check against the real proxy: it passes by resolving and fails by throwing. */
export interface Scenario<Context = ScenarioContext> {
  /** A sentence saying what is proved, shown in the result table. */
  readonly name: string;
  run(context: Context): Promise<void>;
}
