import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ServiceSpec {
  /** How the tables and errors name it: `litellm-a`, `nginx-front`... */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** Every service still running, so an exiting process can kill them all synchronously. */
const live = new Set<Service>();

/**
 * One program of the stack, started as the leader of a process group of its own (`detached`): uvicorn, nginx
 * and redis start workers, and a signal to the group reaches all of them, so none outlives the run.
 */
export class Service {
  private readonly lines: string[] = [];
  private leaderExited = false;
  readonly exited: Promise<void>;

  private constructor(
    readonly spec: ServiceSpec,
    readonly pid: number,
    onExit: (listener: () => void) => void,
  ) {
    this.exited = new Promise((resolve) => onExit(resolve));
    void this.exited.then(() => {
      this.leaderExited = true;
    });
  }

  static start(spec: ServiceSpec): Promise<Service> {
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: spec.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Promise((resolve, reject) => {
      child.once('error', (error) => reject(new Error(`${spec.name}: ${spec.command} did not start (${error.message})`)));
      child.once('spawn', () => {
        // Never 0: `kill(-0)` would signal this runner's own process group.
        if (child.pid === undefined) return reject(new Error(`${spec.name}: started without a pid`));
        const service = new Service(spec, child.pid, (listener) => child.once('exit', listener));
        for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => service.keep(chunk));
        live.add(service);
        resolve(service);
      });
    });
  }

  /** SIGKILL to every group still running: the last thing a process that is exiting can do. */
  static killAllNow(): void {
    for (const service of live) service.signal('SIGKILL');
    live.clear();
  }

  get running(): boolean {
    return !this.leaderExited;
  }

  /** The last lines it wrote, for a message saying why it failed. */
  tail(count = 15): string {
    return this.lines.slice(-count).join('\n');
  }

  /** The whole group at once, without a chance to finish anything: a crash. */
  async kill(): Promise<void> {
    await this.stop(0);
  }

  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves when no member is left. */
  async stop(graceMs = 5000): Promise<void> {
    this.signal(graceMs === 0 ? 'SIGKILL' : 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (this.hasMembers() && Date.now() < deadline) await sleep(50);
    this.signal('SIGKILL');
    await this.exited;
    while (this.hasMembers()) await sleep(20);
    live.delete(this);
  }

  private keep(chunk: Buffer): void {
    // eslint-disable-next-line no-control-regex -- LiteLLM colours its output even into a pipe
    const text = chunk.toString('utf8').replace(/\x1b\[[0-9;]*m/g, '');
    this.lines.push(...text.split('\n').filter((line) => line.trim() !== ''));
    if (this.lines.length > 200) this.lines.splice(0, this.lines.length - 200);
  }

  private signal(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.pid, signal);
    } catch {
      // ESRCH: nobody is left in the group.
    }
  }

  private hasMembers(): boolean {
    return !this.leaderExited || groupMembers(this.pid) > 0;
  }
}

/**
 * Members of a process group that are not zombies, from /proc. Orphaned workers are re-parented to PID 1,
 * which in a container may never reap them, so a zombie counts as gone.
 */
export function groupMembers(pgid: number, proc = '/proc'): number {
  let count = 0;
  for (const entry of readdirSync(proc)) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`${proc}/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // `pid (comm) state ppid pgrp ...`, where comm may contain spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') count += 1;
  }
  return count;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
