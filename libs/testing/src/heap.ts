import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

/**
 * A real full collection: V8's gc() exposed at run time, so the tests need no node flag. FinalizationRegistry
 * callbacks (undici cleans up response bodies through one) run as tasks after a collection, and what they
 * release is only reclaimed by the next: the passes have a turn of the event loop between them.
 */
export async function collectGarbage(): Promise<void> {
  if (gc === null) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  for (let pass = 0; pass < 3; pass += 1) {
    gc();
    await new Promise((turn) => setTimeout(turn, 0));
  }
  gc();
}

export interface ProcessSnapshot {
  heapUsed: number;
  /** Handles and requests keeping the event loop alive (sockets, servers, timers), by kind. */
  handles: Record<string, number>;
}

export async function snapshot(): Promise<ProcessSnapshot> {
  await collectGarbage();
  const handles: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) handles[kind] = (handles[kind] ?? 0) + 1;
  return { heapUsed: process.memoryUsage().heapUsed, handles };
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const handleCount = (snap: ProcessSnapshot) => Object.values(snap.handles).reduce((sum, count) => sum + count, 0);
