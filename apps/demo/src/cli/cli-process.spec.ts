import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { ChatResult } from '@modelgate/provider-contracts';
import { ModelsOverview, ModelsResponse } from '../shared/api-contract';
import { EmbeddingsAnswer } from '../shared/embeddings-contract';
import { type BuiltDemo, buildDemo, runBuiltCli } from '../test-support/built-demo';
import { CANARY_KEY, VLLM_CANARY_KEY, VLLM_MODELS, closedPortUrl } from '../test-support/demo-harness';

/** The real CLI process, built by the start script, against a simulator started here. */
describe('the demo CLI', () => {
  let built: BuiltDemo;
  let simulator: GatewaySimulator;
  let proxy: Record<string, string>;

  beforeAll(async () => {
    [built, simulator] = await Promise.all([buildDemo(), startGatewaySimulator({ masterKey: CANARY_KEY })]);
    proxy = { LITELLM_BASE_URL: simulator.url, LITELLM_API_KEY: CANARY_KEY, MODELGATE_MAX_RETRIES: '0' };
  }, 60_000);
  afterAll(async () => {
    await simulator?.close();
    await built?.remove();
  });
  beforeEach(() => simulator.reset());

  const cli = (args: string[], env: Record<string, string> = proxy, deadlineMs?: number) => runBuiltCli(built.main, args, env, deadlineMs);
  const lines = (text: string) => text.split('\n').filter(Boolean);

  it('models --json prints the models contract and names the proxy in one line on stderr', async () => {
    const run = await cli(['models', '--json']);
    expect(run.code).toBe(0);
    const body = ModelsResponse.parse(JSON.parse(run.stdout));
    expect(body.status).toBe('ready');
    expect(body.models.map((model) => model.id)).toContain('litellm/gpt-4o-mini');
    expect(lines(run.stderr)).toEqual([`modelgate demo: LiteLLM proxy at ${simulator.url}`]);
  });

  it('models prints a table with modes, context windows, capabilities and prices', async () => {
    const run = await cli(['models']);
    expect(run.code).toBe(0);
    const [header, first, ...rest] = lines(run.stdout);
    expect(header).toMatch(/^PROVIDER\s+ID\s+MODE\s+CONTEXT\s+CAPABILITIES\s+INPUT \$\/1M\s+OUTPUT \$\/1M$/);
    expect(first).toMatch(/^LiteLLM\s+litellm\/gpt-4o-mini\s+chat\s+128,000\s+tools, vision, json, caching\s+\$0\.15\s+\$0\.60$/);
    expect(rest).toContainEqual(expect.stringMatching(/^LiteLLM\s+litellm\/text-embedding-3-small\s+embedding\s+8,191\s/));
  });

  it('embed prints one line per text with its dimensions and first values, then usage and cost', async () => {
    const run = await cli(['embed', '--model', 'litellm/text-embedding-3-small', 'ab', 'cde']);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      expect.stringMatching(/^\[0\] "ab" {2}1536 dims {2}\[-?\d\.\d{4}, -?\d\.\d{4}, -?\d\.\d{4}, -?\d\.\d{4}, \.\.\.\]$/),
      expect.stringMatching(/^\[1\] "cde" {2}1536 dims {2}\[/),
      'usage  2 in + 0 out = 2 tokens',
      expect.stringMatching(/^cost {3}\$0\.\d+ \(from the gateway\)$/),
    ]);
  });

  it('embed --json prints {model, embeddings, usage, cost}, and a chat model is refused before any request', async () => {
    const run = await cli(['embed', '--model', 'litellm/text-embedding-3-small', '--json', 'ab', 'cde']);
    expect(run.code).toBe(0);
    const answer = EmbeddingsAnswer.strict().parse(JSON.parse(run.stdout));
    expect(answer.embeddings.map((vector) => vector.length)).toEqual([1536, 1536]);
    expect(answer).toMatchObject({ model: 'litellm/text-embedding-3-small', usage: { inputTokens: 2 }, cost: { source: 'gateway-header' } });
    simulator.reset();
    const refused = await cli(['embed', '--model', 'litellm/gpt-4o-mini', 'ab']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/bad_request/);
    expect(simulator.requests.filter((request) => request.path.endsWith('/embeddings'))).toEqual([]);
  });

  it('chat --json prints the ChatResult as one document', async () => {
    const run = await cli(['chat', '--model', 'litellm/gpt-4o-mini', '--json', 'Hello there']);
    expect(run.code).toBe(0);
    const result = ChatResult.parse(JSON.parse(run.stdout));
    expect(result).toMatchObject({ content: 'You said: Hello there', model: 'litellm/gpt-4o-mini', turns: 1 });
  });

  it('chat --user --tag attributes the call: the body has the user and metadata.tags', async () => {
    const run = await cli(['chat', '--model', 'litellm/gpt-4o-mini', '--user', 'u-42', '--tag', 'team:a', '--tag', 'feature:cli', '--json', 'hi']);
    expect(run.code).toBe(0);
    expect(simulator.chatRequests[0]).toMatchObject({ user: 'u-42', metadata: { tags: ['team:a', 'feature:cli'] } });
  });

  it('chat prints what a call that failed after the model answered had spent', async () => {
    simulator.enqueue('gpt-4o-mini', { toolCalls: [{ name: 'calculator', arguments: '{"expression":"1+1"}' }] }, { fault: 'rate-limit' });
    const run = await cli(['chat', '--model', 'litellm/gpt-4o-mini', '--tools', 'add']);
    expect(run.code).toBe(1);
    expect(lines(run.stderr).slice(1)).toEqual([
      expect.stringMatching(/^error rate_limited: /),
      expect.stringMatching(/^spent before failing: usage \d+ in \+ \d+ out = \d+ tokens; cost \$0\.\d+ \(.*\); \d.* total$/),
    ]);
  });

  it('chat --tools --stream streams the tool call, its result and the answer, then usage, cost and timing', async () => {
    const run = await cli(['chat', '--model', 'litellm/gpt-4o-mini', 'What is 12 * 7?', '--tools', '--stream']);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      '  -> calculator({"expression":"12 * 7"})',
      expect.stringMatching(/^ {2}<- 84 \(\d+(\.\d)? ms\)$/),
      'The result is 84.',
      expect.stringMatching(/^usage {2}\d+ in \+ \d+ out = \d+ tokens$/),
      expect.stringMatching(/^cost {3}\$0\.\d+ \(from the price table\)$/),
      expect.stringMatching(/^timing \d.* total, first token .*, 2 turns$/),
    ]);
    expect(simulator.chatRequests.map((request) => request.stream)).toEqual([true, true]);
  });

  it('chat --tools without --stream prints the same answer from one result', async () => {
    const run = await cli(['chat', '--model', 'gpt-4o-mini', '--tools', 'Convert 10 km to mi, and what is 12 * 7?']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('-> calculator(');
    expect(run.stdout).toContain('The result is 84.');
    expect(simulator.chatRequests.map((request) => request.stream ?? false)).toEqual([false, false]);
  });

  it('runs the whole tour on the embedded simulator when no proxy is configured', async () => {
    const run = await cli([], {});
    expect(run.code).toBe(0);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(
        /^modelgate demo: neither LITELLM_BASE_URL nor VLLM_BASE_URL is set, using the embedded gateway simulator as a LiteLLM proxy at http:\/\/127\.0\.0\.1:\d+$/,
      ),
    ]);
    expect(run.stdout).toMatch(/LiteLLM proxy at http:\/\/127\.0\.0\.1:\d+ \(3 chat models, 1 embedding model, ready\)/);
    expect(run.stdout).toContain('Chat with litellm/gpt-4o-mini (streaming, tools: calculator, convert_units)');
    expect(run.stdout).toContain('<- 84');
    expect(run.stdout).toContain('The result is 84.');
    expect(run.stdout).toMatch(/cost {3}\$/);
  });

  it('fails in one line, non-zero, when the proxy is unreachable', async () => {
    const run = await cli(['models'], { ...proxy, LITELLM_BASE_URL: await closedPortUrl() });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr).slice(1)).toEqual([expect.stringMatching(/^error unreachable: Cannot connect \(ECONNREFUSED\) \(LiteLLM proxy at http:\/\/127\.0\.0\.1:\d+\)$/)]);
  });

  it('gives up on a proxy that never answers within the configured timeout', async () => {
    simulator.setRouteFault('models', { fault: 'stall-headers' });
    // The deadline leaves room for node to start; the CLI must stop on its own well before it.
    const run = await cli(['chat', '--model', 'litellm/gpt-4o-mini', 'hi'], { ...proxy, MODELGATE_TIMEOUT_MS: '1000' }, 8000);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(lines(run.stderr).slice(1)).toEqual([expect.stringMatching(/^error timeout: No answer within 1000 ms \(LiteLLM proxy at /)]);
  });

  it('still prints the models contract with --json when discovery fails, and exits non-zero', async () => {
    const run = await cli(['models', '--json'], { ...proxy, LITELLM_API_KEY: 'sk-canary-wrong-0001' });
    expect(run.code).toBe(1);
    expect(ModelsResponse.parse(JSON.parse(run.stdout))).toMatchObject({ status: 'unauthorized', error: { code: 'unauthorized' } });
    expect(run.stdout + run.stderr).not.toContain('sk-canary-wrong-0001');
  });

  it('names a bad variable in one line and exits 2, without repeating its value', async () => {
    const run = await cli(['models'], { ...proxy, MODELGATE_MAX_RETRIES: 'many' });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(['error misconfigured: MODELGATE_MAX_RETRIES must be a whole number from 0 to 5']);
  });

  it('refuses a bad command line with exit 2', async () => {
    const run = await cli(['chat', 'no model given']);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(['error usage: chat needs --model <id> (see: npm start -- models)']);
  });

  it('says when a model is not served', async () => {
    const run = await cli(['chat', '--model', 'litellm/nope', 'hi']);
    expect(run.code).toBe(1);
    expect(lines(run.stderr).at(-1)).toBe(
      'error model_not_found: Model "litellm/nope" is not served by the LiteLLM proxy (list them with: npm start -- models)',
    );
  });

  it('never prints the key, in output or errors', async () => {
    const runs = await Promise.all([
      cli(['models', '--json']),
      cli(['chat', '--model', 'litellm/gpt-4o-mini', '--json', '--tools', 'What is 12 * 7?']),
      cli(['models'], { ...proxy, DEBUG: '1' }),
    ]);
    for (const run of runs) expect(run.stdout + run.stderr).not.toContain(CANARY_KEY);
    expect(runs[2]!.stderr).toContain('"level":');
  });

  it('serves the API until interrupted, then exits 0', async () => {
    const child = spawn(process.execPath, [built.main, 'serve', '--port', '0'], {
      env: { PATH: process.env['PATH'] ?? '', ...proxy },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const closed = once(child, 'close') as Promise<[number | null]>;
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.resume();
    const exitedEarly = closed.then(() => Promise.reject(new Error(`serve exited before serving: ${stdout}`)));
    exitedEarly.catch(() => undefined);
    try {
      while (!/Serving the demo at (\S+)/.test(stdout)) await Promise.race([once(child.stdout, 'data'), exitedEarly]);
      const url = /Serving the demo at (\S+)/.exec(stdout)![1]!;
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      const models = ModelsResponse.parse(await (await fetch(`${url}/api/providers/litellm/models`)).json());
      expect(models.status).toBe('ready');
      child.kill('SIGINT');
      const [code] = await closed;
      expect(code).toBe(0);
    } finally {
      // A failed expectation must not leave the server running (it would hold jest open).
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  describe('with LiteLLM and vLLM configured', () => {
    const LLAMA = `vllm/${VLLM_MODELS[0]!.id}`;
    let vllm: GatewaySimulator;
    let both: Record<string, string>;

    beforeAll(async () => {
      vllm = await startGatewaySimulator({ masterKey: VLLM_CANARY_KEY, flavor: 'vllm', models: VLLM_MODELS });
      both = { ...proxy, VLLM_BASE_URL: vllm.url, VLLM_API_KEY: VLLM_CANARY_KEY };
    });
    afterAll(() => vllm?.close());
    beforeEach(() => vllm.reset());

    it('models --json lists both providers and their models, and names both servers in one line', async () => {
      const run = await cli(['models', '--json'], both);
      expect(run.code).toBe(0);
      const overview = ModelsOverview.parse(JSON.parse(run.stdout));
      expect(overview).toMatchObject({ status: 'ready', providers: [{ id: 'litellm', status: 'ready' }, { id: 'vllm', name: 'vLLM', status: 'ready' }] });
      expect(overview.models.map((model) => model.id)).toEqual([
        'litellm/gpt-4o-mini',
        'litellm/claude-3-5-haiku',
        'litellm/reasoner-mini',
        'litellm/text-embedding-3-small',
        LLAMA,
        'vllm/Qwen/Qwen2.5-7B-Instruct',
      ]);
      expect(lines(run.stderr)).toEqual([`modelgate demo: LiteLLM proxy at ${simulator.url} and vLLM server at ${vllm.url}`]);
    });

    it('models prints one table with a provider column', async () => {
      const run = await cli(['models'], both);
      expect(run.code).toBe(0);
      const rows = lines(run.stdout).slice(1);
      expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(['LiteLLM', 'LiteLLM', 'LiteLLM', 'LiteLLM', 'vLLM', 'vLLM']);
      // vLLM says no mode: a dash, like every other fact it leaves out.
      expect(rows[4]).toMatch(/^vLLM\s+vllm\/meta-llama\/Llama-3\.1-8B-Instruct\s+-\s+131,072\s+-\s+-\s+-$/);
    });

    it('chat to a vllm/ model reaches only the vLLM server, with its key', async () => {
      const run = await cli(['chat', '--model', LLAMA, '--json', 'Hello there'], both);
      expect(run.code).toBe(0);
      expect(ChatResult.parse(JSON.parse(run.stdout))).toMatchObject({ provider: 'vllm', model: LLAMA, content: 'You said: Hello there' });
      expect(vllm.chatRequests.map((request) => request.headers['authorization'])).toEqual([`Bearer ${VLLM_CANARY_KEY}`]);
      expect(simulator.requests).toEqual([]);
    });

    it('completes a model name without its prefix from whichever provider serves it', async () => {
      const run = await cli(['chat', '--model', VLLM_MODELS[0]!.id, '--json', 'Hello there'], both);
      expect(run.code).toBe(0);
      expect(ChatResult.parse(JSON.parse(run.stdout)).model).toBe(LLAMA);
      expect(simulator.chatRequests).toEqual([]);
    });

    it('lists the models of LiteLLM when vLLM is down, and reports vLLM in one line with exit 1', async () => {
      const run = await cli(['models'], { ...both, VLLM_BASE_URL: await closedPortUrl() });
      expect(run.code).toBe(1);
      expect(lines(run.stdout).slice(1).map((row) => row.split(/\s+/)[1])).toEqual([
        'litellm/gpt-4o-mini',
        'litellm/claude-3-5-haiku',
        'litellm/reasoner-mini',
        'litellm/text-embedding-3-small',
      ]);
      expect(lines(run.stderr).slice(1)).toEqual([expect.stringMatching(/^error unreachable: Cannot connect \(ECONNREFUSED\) \(vLLM server at http:\/\/127\.0\.0\.1:\d+\)$/)]);
    });

    it('chats with LiteLLM while vLLM is down, asking only LiteLLM for its models', async () => {
      const run = await cli(['chat', '--model', 'litellm/gpt-4o-mini', 'Hello there'], { ...both, VLLM_BASE_URL: await closedPortUrl() });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('You said: Hello there');
    });

    it('never sends one provider\'s key to the other', async () => {
      await Promise.all([cli(['models'], both), cli(['chat', '--model', LLAMA, 'hi'], both), cli(['chat', '--model', 'litellm/gpt-4o-mini', 'hi'], both)]);
      const authorizations = (requests: { headers: Record<string, string> }[]) => new Set(requests.map((request) => request.headers['authorization']));
      expect(authorizations(simulator.requests)).toEqual(new Set([`Bearer ${CANARY_KEY}`]));
      expect(authorizations(vllm.requests)).toEqual(new Set([`Bearer ${VLLM_CANARY_KEY}`]));
    });
  });
});
