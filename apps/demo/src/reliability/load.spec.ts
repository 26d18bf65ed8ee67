import { request } from 'node:http';
import { type AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { StreamEvent } from '@modelgate/provider-contracts';
import { parseSse } from '../shared/sse';
import { type Harness, eventually, startHarness } from '../test-support/demo-harness';
import { type ProcessSnapshot, handleCount, megabytes, snapshot } from '@modelgate/testing';
import { markdownTable, writeReport } from './report';

/**
 * Concurrent streaming chats through the demo HTTP API against the simulator, all on loopback: none may
 * fail, every stream must end with `finish` and the right answer, and afterwards the heap (after a full
 * collection) and the open handles are back near where they were. No timing is asserted; the figures go
 * to tmp/reliability/load.md. MODELGATE_LOAD_CONCURRENCY changes the size (1,000 by default).
 */
const CONCURRENCY = Number(process.env['MODELGATE_LOAD_CONCURRENCY'] ?? 1_000);
/** What the first round may leave: code caches and pools grown to its peak concurrency, kept for reuse. */
const HEAP_TOLERANCE_BYTES = Math.max(16, CONCURRENCY / 200) * 1024 * 1024;
/** What a second round may add on top: a leak of 2 KB a chat would show as 2 MB per thousand. */
const LEAK_TOLERANCE_BYTES = Math.max(2, CONCURRENCY / 500) * 1024 * 1024;
const HANDLE_TOLERANCE = 2;

interface StreamedChat {
  status: number | undefined;
  events: StreamEvent[];
  ms: number;
}

/** One streaming chat on a connection of its own (no keep-alive), read to its end. */
function streamChat(port: number, prompt: string): Promise<StreamedChat> {
  const started = performance.now();
  const body = JSON.stringify({ model: 'litellm/gpt-4o-mini', messages: [{ role: 'user', content: prompt }], stream: true });
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/providers', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const events = parseSse(text).map((frame) => StreamEvent.parse(JSON.parse(frame.data)));
          resolve({ status: res.statusCode, events, ms: performance.now() - started });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Round {
  seconds: number;
  /** Milliseconds per chat, ascending. */
  latencies: number[];
  after: ProcessSnapshot;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

describe(`${CONCURRENCY} concurrent streaming chats through the demo HTTP API`, () => {
  let harness: Harness;
  let port: number;

  beforeAll(async () => {
    harness = await startHarness();
    await harness.app.listen({ host: '127.0.0.1', port: 0, backlog: 4096 });
    port = (harness.app.server.address() as AddressInfo).port;
  });
  afterAll(() => harness.close());

  /** Idle keep-alive sockets towards the simulator expire on their own; then only the servers stay open. */
  const quiet = () => eventually(() => harness.simulator.activeConnections() === 0 && harness.simulator.inFlight() === 0, 'connections to close', 20_000);

  /** One round of concurrent chats, checked; resolves once every connection has closed again. */
  async function round(label: string): Promise<Round> {
    const started = performance.now();
    const chats = await Promise.all(Array.from({ length: CONCURRENCY }, (_, index) => streamChat(port, `${label} ${index}`)));
    const seconds = (performance.now() - started) / 1000;
    const failed = chats.filter((chat, index) => {
      const finish = chat.events.at(-1);
      const text = chat.events.flatMap((event) => (event.type === 'text-delta' ? [event.delta] : [])).join('');
      const expected = `You said: ${label} ${index}`;
      return chat.status !== 200 || finish?.type !== 'finish' || finish.result.content !== expected || text !== expected;
    });
    expect(failed).toEqual([]);
    expect(harness.simulator.chatRequests).toHaveLength(CONCURRENCY);
    const latencies = chats.map((chat) => chat.ms).sort((a, b) => a - b);
    // Only figures leave this function: the answers themselves would weigh in the next snapshot.
    chats.length = 0;
    await quiet();
    forget();
    return { seconds, latencies, after: await snapshot() };
  }

  /** The harness keeps every log line and the simulator every request: the test's memory, not the server's. */
  function forget(): void {
    harness.logs.length = 0;
    harness.simulator.reset();
  }

  it('completes every stream with the right answer, twice, and leaves heap and handles where they were', async () => {
    // Warm-up: discovery, JIT and the first connections, so the baseline is the steady state.
    await Promise.all(Array.from({ length: 20 }, (_, index) => streamChat(port, `warm-up ${index}`)));
    await quiet();
    forget();
    const before = await snapshot();
    const first = await round('first round');
    // The first round grows pools and code caches once, to its peak concurrency; a second one must not add.
    const second = await round('second round');
    await report([first, second], before);
    expect(first.after.heapUsed - before.heapUsed).toBeLessThan(HEAP_TOLERANCE_BYTES);
    expect(second.after.heapUsed - first.after.heapUsed).toBeLessThan(LEAK_TOLERANCE_BYTES);
    expect(handleCount(second.after)).toBeLessThanOrEqual(handleCount(before) + HANDLE_TOLERANCE);
  }, 240_000);

  async function report(rounds: Round[], before: ProcessSnapshot): Promise<void> {
    const kinds = (snap: ProcessSnapshot) => Object.entries(snap.handles).map(([kind, count]) => `${kind} ${count}`).join(', ');
    const rows: (string | number)[][] = [
      ['concurrent streaming chats per round', CONCURRENCY],
      ['failed', 0],
      ['heap after gc before the load', megabytes(before.heapUsed)],
      ['active handles before the load', `${handleCount(before)} (${kinds(before)})`],
    ];
    rounds.forEach(({ seconds, latencies, after }, index) => {
      rows.push(
        [`round ${index + 1}: duration`, `${seconds.toFixed(2)} s`],
        [`round ${index + 1}: latency p50 / p99 / max`, `${percentile(latencies, 50).toFixed(0)} / ${percentile(latencies, 99).toFixed(0)} / ${latencies.at(-1)!.toFixed(0)} ms`],
        [`round ${index + 1}: heap after gc`, megabytes(after.heapUsed)],
        [`round ${index + 1}: active handles`, `${handleCount(after)} (${kinds(after)})`],
      );
    });
    await writeReport('load.md', `# Load: ${CONCURRENCY} concurrent streaming chats, two rounds\n\n${markdownTable(['figure', 'value'], rows)}\n`);
  }
});
