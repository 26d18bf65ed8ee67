/** What every scenario gets: where the real proxy is and how to reach it. */
export interface ScenarioContext {
  /** The proxy's root URL, `http://127.0.0.1:<port>` (the OpenAI API is under `/v1`). */
  readonly baseUrl: string;
  /** The proxy's master key (`sk-conformance-...`), the only key a proxy without a database accepts. */
  readonly masterKey: string;
  /** The gateway simulator the proxy routes `sim-*` models to, when one runs. */
  readonly simulatorUrl?: string;
  /** The LiteLLM version the proxy reports. */
  readonly proxyVersion: string;
}

/** One check against the real proxy: it passes by resolving and fails by throwing. */
export interface Scenario {
  /** A sentence saying what is proved, shown in the result table. */
  readonly name: string;
  run(context: ScenarioContext): Promise<void>;
}
