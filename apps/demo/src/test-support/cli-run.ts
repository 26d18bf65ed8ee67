import { PassThrough } from 'node:stream';
import { runCli } from '../cli/run-cli';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

/** The CLI run in this process with `env` as its whole environment: its exit code and what it printed. */
export async function runCliInProcess(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const [stdout, stderr] = [capture(), capture()];
  const code = await runCli(args, { stdout: stdout.stream, stderr: stderr.stream, env, signal: new AbortController().signal });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
