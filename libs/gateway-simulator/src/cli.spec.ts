import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { main, USAGE } from './cli';

const REPO_ROOT = join(__dirname, '..', '..', '..');

describe('main', () => {
  it('starts a simulator from arguments and prints where it listens', async () => {
    const lines: string[] = [];
    const simulator = (await main(['--port', '0', '--master-key', 'sk-cli-key', '--flavor', 'vllm'], { write: (line) => lines.push(line) }))!;
    try {
      expect(lines).toEqual([`gateway simulator listening on ${simulator.url}`]);
      expect((await fetch(`${simulator.url}/v1/models`)).status).toBe(401);
      const listed = await fetch(`${simulator.url}/v1/models`, { headers: { authorization: 'Bearer sk-cli-key' } });
      expect(((await listed.json()) as { data: { owned_by: string }[] }).data[0]?.owned_by).toBe('vllm');
    } finally {
      await simulator.close();
    }
  });

  it('refuses a bad port, a bad flavor and unknown flags', async () => {
    const write = () => undefined;
    await expect(main(['--port', 'abc'], { write })).rejects.toThrow(/--port/);
    await expect(main(['--flavor', 'ollama'], { write })).rejects.toThrow(/--flavor/);
    await expect(main(['--verbose'], { write })).rejects.toThrow();
  });

  it('prints its usage for --help and starts nothing', async () => {
    const lines: string[] = [];
    await expect(main(['--help'], { write: (line) => lines.push(line) })).resolves.toBeNull();
    expect(lines).toEqual([USAGE]);
    expect(USAGE).toMatch(/--litellm-version[^]*--fault ROUTE=FAULT[^]*--queue MODEL=STEP/);
  });

  it('injects the faults and queued steps it is given, and answers like the release it is told', async () => {
    const simulator = (await main(
      [
        '--litellm-version', '1.108.7',
        '--fault', 'model-info={"fault":"server-error"}',
        '--queue', 'gpt-4o-mini={"fault":"rate-limit","retryAfterSeconds":2}',
      ],
      { write: () => undefined },
    ))!;
    try {
      expect((await fetch(`${simulator.url}/model/info`)).status).toBe(500);
      const chat = await fetch(`${simulator.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
      });
      expect({ status: chat.status, wait: chat.headers.get('llm_provider-retry-after') }).toEqual({ status: 429, wait: '2' });
      await chat.body?.cancel();
      expect(await (await fetch(`${simulator.url}/health/readiness`)).json()).toEqual({ status: 'healthy', db: 'Not connected' });
    } finally {
      await simulator.close();
    }
  });

  it('refuses a fault on a route it does not have, or one that is not JSON, with the usage', async () => {
    const write = () => undefined;
    await expect(main(['--fault', 'nowhere={"fault":"server-error"}'], { write })).rejects.toThrow(/no route 'nowhere'[^]*usage:/);
    await expect(main(['--queue', 'gpt-4o-mini={fault'], { write })).rejects.toThrow(/not JSON/);
    await expect(main(['--fault', 'chat={"fault":"nope"}'], { write })).rejects.toThrow(/usage:/);
  });
});

describe('bin/gateway-simulator.mjs', () => {
  let child: ChildProcess | null = null;

  afterEach(async () => {
    if (child !== null && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    child = null;
  });

  it('runs from the repository root and answers /health/liveliness', async () => {
    child = spawn(process.execPath, ['libs/gateway-simulator/bin/gateway-simulator.mjs', '--port', '0'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /gateway simulator listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child!.stderr!.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
      child!.once('exit', (code) => reject(new Error(`exited with ${code} before listening`)));
    });
    const response = await fetch(`${url}/health/liveliness`);
    expect(response.status).toBe(200);
    expect(await response.json()).toBe("I'm alive!");
  });
});
