import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { type WorkerReport, type WorkerTask, encodeTask } from '../worker/protocol';
import { type BenchPaths } from './paths';

export interface Upstream {
  baseUrl: string;
  stop(): Promise<void>;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

/** The upstream in a process of its own, so its work never lands on a client's CPU time. */
export async function startUpstream(paths: BenchPaths): Promise<Upstream> {
  const child = fork(join(paths.build, 'upstream.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { type?: string; baseUrl?: string }) =>
      message.type === 'listening' && message.baseUrl ? resolve(message.baseUrl) : reject(new Error('The upstream did not start')),
    );
    child.once('exit', (code) => reject(new Error(`The upstream exited (${code}) before listening`)));
  });
  return {
    baseUrl,
    async stop() {
      child.disconnect();
      await exited(child);
    },
  };
}

/**
 * One client for one round in a fresh process; a crash without a report is a failure too. `compileCache`:
 * the folder of Node's compile cache for the worker (NODE_COMPILE_CACHE); without it the worker compiles
 * every module afresh, whatever the caller's environment says.
 */
export async function runWorker(
  paths: BenchPaths,
  task: WorkerTask,
  execArgv: readonly string[],
  compileCache?: string,
): Promise<WorkerReport> {
  const env = { ...process.env };
  delete env['NODE_COMPILE_CACHE'];
  const child = fork(join(paths.build, 'worker.mjs'), encodeTask(task), {
    execArgv: ['--expose-gc', ...execArgv],
    env: compileCache === undefined ? env : { ...env, NODE_COMPILE_CACHE: compileCache },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let report: WorkerReport | null = null;
  child.on('message', (message: WorkerReport) => (report = message));
  const code = await exited(child);
  return (
    report ?? { type: 'failure', client: task.client, wrongAnswer: false, message: `the worker exited with ${code} and no report` }
  );
}
