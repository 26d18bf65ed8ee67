import { spawn, type ChildProcess } from 'node:child_process';
import { OutputTail } from './output-tail';
import { groupHasLiveMembers } from './process-table';

export interface ProcessGroupOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export interface ExitInfo {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Groups still running, so an exiting runner can kill them synchronously (see `killAllNow`). */
const running = new Set<ProcessGroup>();

/**
 * A program started in a process group of its own (`detached`), so that it and every process it starts
 * (LiteLLM may start workers) are signalled together and none is left behind as an orphan.
 */
export class ProcessGroup {
  readonly pid: number;
  readonly exit: Promise<ExitInfo>;
  private readonly output = new OutputTail();
  private exitInfo: ExitInfo | undefined;

  private constructor(child: ChildProcess) {
    if (child.pid === undefined) throw new Error('the process did not start');
    this.pid = child.pid;
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk));
    this.exit = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
  }

  /** Starts the program; rejects when it cannot be started at all (for example, no such file). */
  static start(options: ProcessGroupOptions): Promise<ProcessGroup> {
    const child = spawn(options.command, [...options.args], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', () => {
        const group = new ProcessGroup(child);
        running.add(group);
        resolve(group);
      });
    });
  }

  /** Kills every group still running, synchronously: the last resort of a runner that is exiting. */
  static killAllNow(): void {
    for (const group of running) group.signal('SIGKILL');
    running.clear();
  }

  /** How the leader exited, or undefined while it runs. */
  get exited(): ExitInfo | undefined {
    return this.exitInfo;
  }

  /** The last lines the program wrote to stdout and stderr, for error messages. */
  outputTail(): string {
    return this.output.text();
  }

  /**
   * SIGTERM to the whole group, then SIGKILL to whatever is left after `graceMs`. Resolves once the leader
   * has exited and no process of the group is left.
   */
  async stop(graceMs = 5000): Promise<void> {
    const deadline = Date.now() + graceMs;
    this.signal('SIGTERM');
    while (this.hasMembers() && Date.now() < deadline) await pause(50);
    this.signal('SIGKILL');
    await this.exit;
    while (this.hasMembers()) await pause(20);
    running.delete(this);
  }

  private signal(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.pid, signal);
    } catch {
      // ESRCH: the group is already empty.
    }
  }

  private hasMembers(): boolean {
    return this.exitInfo === undefined || groupHasLiveMembers(this.pid);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
