import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startGatewaySimulator } from '@modelgate/gateway-simulator';
import { collectGarbage, megabytes } from '@modelgate/testing';
import { litellmModule } from '@modelgate/provider-litellm';
import { createModelgate } from '../create-modelgate';

/**
 * 20,000 sequential plain chats through createModelgate against the simulator, with flat memory: the heap
 * after a full collection at call 20,000 stays within a bound of the heap at call 2,000 (by then the JIT and
 * the connection pool have settled). MODELGATE_SOAK_CALLS runs a longer soak; figures go to
 * tmp/reliability/soak.md.
 */
const CALLS = Number(process.env['MODELGATE_SOAK_CALLS'] ?? 20_000);
const WARM = 2_000;
/** Generous for noise, far below what a leak of even 500 bytes a call would add over 18,000 calls (9 MB). */
const MAX_GROWTH_BYTES = 6 * 1024 * 1024;
const HANDLE_TOLERANCE = 3;
const KEY = 'sk-soak-0001';
const REPORT = join(__dirname, '../../../../tmp/reliability/soak.md');

describe('a soak of sequential library calls', () => {
  it(`keeps memory flat over ${CALLS.toLocaleString('en')} plain chats`, async () => {
    const sim = await startGatewaySimulator({ masterKey: KEY });
    try {
      const gate = await createModelgate({ providers: [litellmModule({ baseUrl: sim.url, apiKey: KEY, maxRetries: 0 })] });
      await gate.discovery.refresh();
      const heap: Record<number, number> = {};
      const handles: Record<number, number> = {};
      const started = performance.now();
      for (let call = 1; call <= CALLS; call += 1) {
        const result = await gate.execution.chat({ model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: `call ${call}` }] });
        if (result.content !== `You said: call ${call}`) throw new Error(`call ${call} answered ${JSON.stringify(result.content)}`);
        // The simulator records every request; its recordings are the test's memory, not the library's.
        if (call % 1_000 === 0) sim.reset();
        if (call === WARM || call === CALLS) {
          await collectGarbage();
          heap[call] = process.memoryUsage().heapUsed;
          handles[call] = process.getActiveResourcesInfo().length;
        }
      }
      const seconds = (performance.now() - started) / 1000;
      const growth = heap[CALLS]! - heap[WARM]!;
      await mkdir(join(REPORT, '..'), { recursive: true });
      await writeFile(
        REPORT,
        `# Soak: ${CALLS} sequential plain chats\n\n| figure | value |\n|---|---|\n| duration | ${seconds.toFixed(1)} s (${Math.round(CALLS / seconds)} calls/s) |\n` +
          `| heap after gc at ${WARM} | ${megabytes(heap[WARM]!)} |\n| heap after gc at ${CALLS} | ${megabytes(heap[CALLS]!)} |\n| growth | ${megabytes(growth)} (bound ${megabytes(MAX_GROWTH_BYTES)}) |\n` +
          `| active handles at ${WARM} / ${CALLS} | ${handles[WARM]} / ${handles[CALLS]} |\n`,
      );
      expect(growth).toBeLessThan(MAX_GROWTH_BYTES);
      // A handle leaked per call would add thousands; a pooled socket or timer more or less is noise.
      expect(handles[CALLS]).toBeLessThanOrEqual(handles[WARM]! + HANDLE_TOLERANCE);
      expect(sim.inFlight()).toBe(0);
    } finally {
      await sim.close();
    }
  }, 300_000);
});
