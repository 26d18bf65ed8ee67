import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { type Fault, type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { type BuiltDemo, buildDemo, runBuiltCli } from '../test-support/built-demo';
import { type Harness, closedPortUrl, startHarness } from '../test-support/demo-harness';
import { canaryKey } from '@modelgate/testing';

/**
 * Canary keys (one for LiteLLM, one for vLLM, random per run) through every path of the demo: every HTTP
 * answer (status, headers, body) including the page and its bundle, every log line at debug level, the
 * CLI's stdout and stderr (`--json` too, with and without DEBUG), a `serve` process, and upstream 401
 * bodies that echo key material. Neither key, its last 8 characters nor its SHA-256 may appear anywhere.
 */
const canary = () => canaryKey();
const LITELLM_KEY = canary();
const VLLM_KEY = canary();
const WRONG_KEY = canary();
const sha256 = (key: string) => createHash('sha256').update(key).digest('hex');
const traces = (...keys: string[]) => keys.flatMap((key) => [key, key.slice(-8), sha256(key)]);
const ALL_TRACES = traces(LITELLM_KEY, VLLM_KEY, WRONG_KEY);

function expectNoTrace(text: string, where: string): void {
  const found = ALL_TRACES.filter((trace) => text.includes(trace));
  expect({ where, found }).toEqual({ where, found: [] });
}

/** LiteLLM's answer to a key it does not know, with the key's last 8 characters (it echoes 4) and its hash. */
function echoOf(key: string): Fault {
  const message = `Authentication Error, Invalid proxy server token passed. Received API Key = sk-...${key.slice(-8)}, Key Hash (Token) =${sha256(key)}. Unable to find token in cache or \`LiteLLM_VerificationTokenTable\``;
  return { fault: 'status', status: 401, body: { error: { message, type: 'token_not_found_in_db', param: 'key', code: '401' } } };
}

const CHAT_FAULTS: Fault[] = [
  echoOf(LITELLM_KEY),
  { fault: 'unauthorized' },
  { fault: 'server-error' },
  { fault: 'rate-limit', retryAfterSeconds: 1 },
  { fault: 'midstream-error' },
  { fault: 'cut-stream' },
  { fault: 'malformed-json' },
  { fault: 'status', status: 500, body: { error: { message: `backend refused ${LITELLM_KEY}`, code: '500' } } },
  { fault: 'status', status: 400, body: `Authorization: Bearer ${LITELLM_KEY}` },
];

describe('canary keys through the demo', () => {
  let built: BuiltDemo;
  beforeAll(async () => {
    built = await buildDemo();
  }, 60_000);
  afterAll(() => built?.remove());

  describe('the HTTP API, the page and the logs', () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness({
        simulator: { masterKey: LITELLM_KEY },
        apiKey: LITELLM_KEY,
        vllm: { simulator: { masterKey: VLLM_KEY }, apiKey: VLLM_KEY },
        webRoot: built.webRoot,
      });
    });
    afterAll(() => harness.close());

    it('never shows a key in any answer, header or log line, whatever fails upstream', async () => {
      const answers: string[] = [];
      const call = async (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) => {
        const response = await harness.app.inject({ method, url, payload, headers });
        answers.push(JSON.stringify({ url, status: response.statusCode, headers: response.headers, body: response.body }));
        return response;
      };
      const chat = (model: string, extra: object = {}) => ({ model, messages: [{ role: 'user', content: 'What is 6 * 7?' }], ...extra });

      for (const url of ['/', '/app.js', '/app.css', '/health', '/api/providers', '/api/providers/litellm/models', '/api/providers/vllm/models', '/nowhere']) {
        await call('GET', url);
      }
      for (const model of ['litellm/gpt-4o-mini', 'vllm/meta-llama/Llama-3.1-8B-Instruct']) {
        for (const stream of [false, true]) expect((await call('POST', '/api/providers', chat(model, { stream, tools: ['calculator'] }))).statusCode).toBe(200);
      }
      for (const fault of CHAT_FAULTS) {
        for (const stream of [false, true]) {
          harness.simulator.enqueue('gpt-4o-mini', fault);
          await call('POST', '/api/providers', chat('litellm/gpt-4o-mini', { stream }));
        }
      }
      harness.vllm!.enqueue('meta-llama/Llama-3.1-8B-Instruct', echoOf(VLLM_KEY));
      await call('POST', '/api/providers', chat('vllm/meta-llama/Llama-3.1-8B-Instruct'));
      await call('POST', '/api/providers', { ...chat('litellm/gpt-4o-mini'), apiKey: LITELLM_KEY });
      await call('POST', '/api/providers', chat('litellm/gpt-4o-mini'), { authorization: `Bearer ${WRONG_KEY}`, 'x-litellm-api-key': WRONG_KEY });

      // Discovery after the proxies start echoing the key back on every route.
      for (const [simulator, key] of [[harness.simulator, LITELLM_KEY], [harness.vllm!, VLLM_KEY]] as [GatewaySimulator, string][]) {
        simulator.setRouteFault('models', echoOf(key));
      }
      for (const url of ['/api/providers/litellm/models', '/api/providers/vllm/models']) expect((await call('GET', url)).statusCode).toBe(502);

      expect(answers.length).toBeGreaterThan(30);
      answers.forEach((answer, index) => expectNoTrace(answer, `answer ${index}: ${answer.slice(0, 80)}`));
      expect(harness.logs.length).toBeGreaterThan(20);
      harness.logs.forEach((line, index) => expectNoTrace(line, `log line ${index}`));
    });
  });

  describe('the CLI', () => {
    let litellm: GatewaySimulator;
    let vllm: GatewaySimulator;
    let env: Record<string, string>;
    beforeAll(async () => {
      [litellm, vllm] = await Promise.all([
        startGatewaySimulator({ masterKey: LITELLM_KEY }),
        startGatewaySimulator({ masterKey: VLLM_KEY, flavor: 'vllm', models: [{ id: 'served-model' }] }),
      ]);
      env = { LITELLM_BASE_URL: litellm.url, LITELLM_API_KEY: LITELLM_KEY, VLLM_BASE_URL: vllm.url, VLLM_API_KEY: VLLM_KEY, MODELGATE_MAX_RETRIES: '0' };
    });
    afterAll(async () => {
      await litellm.close();
      await vllm.close();
    });

    it('never prints a key, on success or failure, as text or JSON, with or without DEBUG', async () => {
      const chat = ['chat', '--model', 'litellm/gpt-4o-mini', 'What is 6 * 7?'];
      const runs: [string[], Record<string, string>][] = [
        [['models'], env],
        [['models', '--json'], env],
        [[...chat, '--json', '--tools'], env],
        [[...chat, '--stream', '--tools'], { ...env, DEBUG: '1' }],
        [['models', '--json'], { ...env, DEBUG: '1' }],
        // Refused keys: the proxy's answers carry the wrong key's tail and hash.
        [['models', '--json'], { ...env, LITELLM_API_KEY: WRONG_KEY, VLLM_API_KEY: WRONG_KEY, DEBUG: '1' }],
        [[...chat, '--json'], { ...env, LITELLM_API_KEY: WRONG_KEY, DEBUG: '1' }],
        [['models'], { ...env, LITELLM_BASE_URL: await closedPortUrl(), DEBUG: '1' }],
        // A key where a URL belongs is refused by name, never repeated.
        [['models'], { ...env, LITELLM_BASE_URL: `http://user:${LITELLM_KEY}@127.0.0.1:1` }],
      ];
      const results = await Promise.all(runs.map(([args, runEnv]) => runBuiltCli(built.main, args, runEnv)));
      expect(results.map((run) => run.code)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 2]);
      expect(results[3]!.stderr).toContain('"level":');
      results.forEach((run, index) => expectNoTrace(run.stdout + run.stderr, `run ${runs[index]![0].join(' ')}`));
      // Nine CLI processes start at once: on a loaded 2-core machine each takes seconds to load.
    }, 90_000);

    it('serves the page, the bundle and the API without a key in any answer or log line', async () => {
      const child = spawn(process.execPath, [built.main, 'serve', '--port', '0'], {
        env: { PATH: process.env['PATH'] ?? '', ...env, DEBUG: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      try {
        while (!/Serving the demo at (\S+)/.test(output)) await once(child.stdout, 'data');
        const url = /Serving the demo at (\S+)/.exec(output)![1]!;
        const answers: string[] = [];
        const chat = JSON.stringify({ model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: 'What is 6 * 7?' }], tools: ['calculator'], stream: true });
        litellm.enqueue('gpt-4o-mini', { toolCalls: [{ name: 'calculator', arguments: { expression: '6 * 7' } }] }, echoOf(LITELLM_KEY));
        const requests: [string, RequestInit?][] = [
          ['/'],
          ['/app.js'],
          ['/app.css'],
          ['/api/providers/litellm/models'],
          ['/api/providers/vllm/models'],
          ['/api/providers', { method: 'POST', headers: { 'content-type': 'application/json' }, body: chat }],
        ];
        for (const [path, init] of requests) {
          const response = await fetch(`${url}${path}`, init);
          answers.push(JSON.stringify({ path, status: response.status, headers: [...response.headers], body: await response.text() }));
        }
        expect(answers.at(-1)).toContain('event: error');
        answers.forEach((answer, index) => expectNoTrace(answer, `answer to ${requests[index]![0]}`));
      } finally {
        child.kill('SIGINT');
        await once(child, 'close');
      }
      expect(output).toContain('"level":');
      expectNoTrace(output, 'serve output');
    });
  });
});
