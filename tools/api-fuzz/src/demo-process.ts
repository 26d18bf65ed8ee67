import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export interface DemoProcess {
  readonly url: string;
  stop(): Promise<void>;
}

/** The demo builds its bundle first, then discovers from the simulator: generous on a loaded machine. */
const START_LIMIT_MS = 180_000;
const STOP_GRACE_MS = 5_000;

/**
 * `npm start -- serve` as a user runs it, on a free loopback port, on the embedded simulator (no
 * LITELLM_BASE_URL, no VLLM_BASE_URL), with `DEMO_API_TOKEN` set.
 */
export async function startDemo(root: string, env: NodeJS.ProcessEnv, apiToken: string): Promise<DemoProcess> {
  const { LITELLM_BASE_URL: _litellm, VLLM_BASE_URL: _vllm, DEBUG: _debug, ...rest } = env;
  const child = spawn(process.execPath, [join(root, 'tools/scripts/start-demo.mjs'), 'serve', '--port', '0'], {
    cwd: root,
    env: { ...rest, DEMO_API_TOKEN: apiToken, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => stopChild(child);
  try {
    return { url: await serverUrl(child), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function serverUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(`did not start within ${START_LIMIT_MS / 1000} s`), START_LIMIT_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`the demo server ${why}:\n${output.slice(-2000)}`));
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /Serving the demo at (http:\/\/\S+) /.exec(output)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(`exited (${code}) before serving`));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
