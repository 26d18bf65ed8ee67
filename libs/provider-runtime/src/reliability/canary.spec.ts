import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { z } from 'zod';
import { type Fault, type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { type ChatRequest, createToolset, defineTool, isProviderError, type Logger } from '@modelgate/provider-contracts';
import { litellmModule } from '@modelgate/provider-litellm';
import { createModelgate, type Modelgate } from '../create-modelgate';
import { canaryKey, TextLogger } from '@modelgate/testing';

/**
 * A canary key through every path of the library: discovery reports and the store, errors (message,
 * JSON, stack, inspected with their causes), results, tool errors, the requests sent upstream (but for
 * the Authorization header) and every line given to the logger. Neither the key, nor its last 8
 * characters, nor its SHA-256 (which LiteLLM's 401 echoes, issue #39757) may appear.
 */
const canary = () => canaryKey();
const KEY = canary();
const WRONG_KEY = canary();
const traces = (key: string) => [key, key.slice(-8), createHash('sha256').update(key).digest('hex')];

function expectNoTrace(text: string, key = KEY): void {
  for (const trace of traces(key)) expect(text).not.toContain(trace);
}

function expectCleanError(error: unknown, key = KEY): void {
  expect(isProviderError(error)).toBe(true);
  const shown = error as Error;
  for (const text of [shown.message, JSON.stringify(shown), String(shown), String(shown.stack), inspect(shown, { depth: 10 })]) expectNoTrace(text, key);
}

/** LiteLLM's answer to a key it does not know, with the key's last 8 characters (it echoes 4) and its hash. */
function echoOf(key: string): unknown {
  const hash = createHash('sha256').update(key).digest('hex');
  const message = `Authentication Error, Invalid proxy server token passed. Received API Key = sk-...${key.slice(-8)}, Key Hash (Token) =${hash}. Unable to find token in cache or \`LiteLLM_VerificationTokenTable\``;
  return { error: { message, type: 'token_not_found_in_db', param: 'key', code: '401' } };
}

const FAULTS: Fault[] = [
  { fault: 'unauthorized' },
  { fault: 'invalid-model' },
  { fault: 'request-timeout' },
  { fault: 'rate-limit', retryAfterSeconds: 1 },
  { fault: 'no-deployments' },
  { fault: 'budget-exceeded' },
  { fault: 'server-error' },
  { fault: 'unavailable' },
  { fault: 'context-window' },
  { fault: 'cut-stream' },
  { fault: 'midstream-error' },
  { fault: 'malformed-json' },
  { fault: 'stall-headers' },
  // Upstream bodies that echo the key outright, as a misbehaving gateway or backend might.
  { fault: 'status', status: 500, body: { error: { message: `upstream rejected key ${KEY}`, type: null, code: '500' } } },
  { fault: 'status', status: 400, body: `Bad request: Authorization: Bearer ${KEY}` },
  { fault: 'status', status: 401, body: { error: { message: `Invalid key ${KEY}`, type: 'auth_error', code: '401' } } },
];

const leaky = defineTool({
  name: 'leaky',
  parameters: z.object({}),
  execute: () => {
    throw new Error(`could not call the backend with ${KEY}`);
  },
});

describe('a canary key through the library', () => {
  let sim: GatewaySimulator;
  beforeAll(async () => {
    sim = await startGatewaySimulator({ masterKey: KEY });
  });
  afterAll(() => sim.close());
  afterEach(() => sim.reset());

  const compose = async (apiKey: string, logger: Logger): Promise<Modelgate> =>
    createModelgate({ providers: [litellmModule({ baseUrl: sim.url, apiKey, maxRetries: 0 })], toolExecutor: createToolset([leaky]), logger });
  const ask = (extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], timeoutMs: 300, ...extra });

  async function failure(gate: Modelgate, request: ChatRequest, streamed: boolean): Promise<unknown> {
    try {
      if (!streamed) await gate.execution.chat(request);
      else for await (const _event of gate.execution.stream(request));
    } catch (error) {
      return error;
    }
    throw new Error('expected the call to fail');
  }

  it('stays out of discovery, the store, errors and logs when the proxy refuses the key', async () => {
    const logger = new TextLogger();
    const gate = await compose(WRONG_KEY, logger);
    const [report] = await gate.discovery.refresh();
    expect(report?.status).not.toBe('ready');
    for (const streamed of [false, true]) expectCleanError(await failure(gate, ask(), streamed), WRONG_KEY);
    expectNoTrace(JSON.stringify([report, gate.store.getState()]), WRONG_KEY);
    expect(logger.lines.length).toBeGreaterThan(0);
    expectNoTrace(logger.lines.join('\n'), WRONG_KEY);
  });

  it('stays out of discovery, errors and logs when a 401 echoes its tail and hash (LiteLLM issue #39757)', async () => {
    const logger = new TextLogger();
    const gate = await compose(KEY, logger);
    const fault: Fault = { fault: 'status', status: 401, body: echoOf(KEY) };
    sim.setRouteFault('models', fault);
    sim.setRouteFault('model-info', fault);
    const [report] = await gate.discovery.refresh();
    expect(report).toMatchObject({ status: 'unauthorized', error: { code: 'unauthorized' } });
    for (const streamed of [false, true]) {
      sim.enqueue('gpt-4o-mini', fault);
      expectCleanError(await failure(gate, ask(), streamed));
    }
    expectNoTrace(JSON.stringify([report, gate.store.getState()]));
    expectNoTrace(logger.lines.join('\n'));
  });

  it.each(FAULTS.map((fault) => [fault.fault === 'status' ? `status ${fault.status} echoing the key` : fault.fault, fault] as const))(
    'stays out of the error and the logs of %s, plain and streamed',
    async (_name, fault) => {
      const logger = new TextLogger();
      const gate = await compose(KEY, logger);
      for (const streamed of [false, true]) {
        sim.enqueue('gpt-4o-mini', fault);
        expectCleanError(await failure(gate, ask(), streamed));
      }
      expect(logger.lines.length).toBeGreaterThan(0);
      expectNoTrace(logger.lines.join('\n'));
    },
  );

  it('stays out of results, tool errors, the requests sent upstream and the logs', async () => {
    const logger = new TextLogger();
    const gate = await compose(KEY, logger);
    await gate.discovery.refresh();
    const tools = [...createToolset([leaky]).definitions()];
    sim.enqueue('gpt-4o-mini', { toolCalls: [{ name: 'leaky', arguments: {} }] });
    const plain = await gate.execution.chat(ask({ tools, timeoutMs: 10_000 }));
    sim.enqueue('gpt-4o-mini', { toolCalls: [{ name: 'leaky', arguments: {} }] });
    const stream = gate.execution.stream(ask({ tools, timeoutMs: 10_000 }));
    const events: unknown[] = [];
    for await (const event of stream) events.push(event);
    expect(plain.toolCalls[0]?.error).toContain('could not call the backend');
    expectNoTrace(JSON.stringify([plain, events, await stream.result, gate.store.getState()]));
    const upstream = sim.requests.map(({ headers: { authorization, ...headers }, ...request }) => {
      expect(authorization).toBe(`Bearer ${KEY}`);
      return { ...request, headers };
    });
    expect(upstream.length).toBeGreaterThanOrEqual(4);
    expectNoTrace(JSON.stringify(upstream));
    expectNoTrace(logger.lines.join('\n'));
  });
});
