import { type ClientSummary } from './stats';
import { FLAT_HEAP_BYTES_PER_CHUNK, evaluateTargets } from './targets';

const one = (value: number) => ({ median: value, min: value, max: value });

const fetchFloor: ClientSummary = { stream2000Ms: one(10), toolRoundTripMs: one(1) };
const openai: ClientSummary = {
  seqRps: one(1000),
  conc16Rps: one(2000),
  cpuUsPerRequest: one(500),
  stream2000Ms: one(29),
  toolRoundTripMs: one(1.1),
  importMs: one(30),
};
const peer: ClientSummary = {
  seqRps: one(500),
  conc16Rps: one(900),
  stream2000Ms: one(40),
  toolRoundTripMs: one(3),
  cpuUsPerRequest: one(900),
  importMs: one(300),
};
const fast: ClientSummary = {
  seqRps: one(980),
  conc16Rps: one(1990),
  cpuUsPerRequest: one(510),
  stream2000Ms: one(14),
  toolRoundTripMs: one(1.1),
  importMs: one(60),
  discoveryWorkMs: one(12),
  heapGrowthKB: one(300),
  heapRetainedKB: one(-20),
  otelOffCallUs: one(100),
  otelOnCallUs: one(104),
};

const byTarget = (clients: Record<string, ClientSummary>) =>
  Object.fromEntries(evaluateTargets(clients).map((outcome) => [outcome.target.split(':')[0], outcome]));

describe('evaluateTargets', () => {
  it('meets every target when modelgate is within every limit and ahead of both peers', () => {
    const outcomes = evaluateTargets({ fetch: fetchFloor, openai, modelgate: fast, 'ai-sdk': peer, langchain: peer });
    expect(outcomes.filter((outcome) => outcome.met !== true)).toEqual([]);
    expect(outcomes).toHaveLength(11);
  });

  it('judges throughput as cost, so 5% fewer requests per second than the SDK misses 1.05x', () => {
    const slow = { ...fast, seqRps: one(940) };
    const outcome = byTarget({ openai, modelgate: slow })['sequential, non-streaming'];
    expect(outcome).toMatchObject({ met: false, detail: '1.06x' });
  });

  it('compares streaming and the tool round trip with the SDK (its own tool loop), not with raw fetch', () => {
    const slow = { ...fast, stream2000Ms: one(31), toolRoundTripMs: one(1.2) };
    const outcomes = byTarget({ fetch: fetchFloor, openai, modelgate: slow });
    expect(outcomes['2,000-chunk stream']).toMatchObject({ met: false, detail: '1.07x' });
    expect(outcomes['two-turn tool round trip']).toMatchObject({ met: false, detail: '1.09x' });
  });

  it("allows the import 40 ms more than the SDK's own, and not more", () => {
    const at = byTarget({ openai, modelgate: { ...fast, importMs: one(70) } })['import of the entry point'];
    expect(at).toMatchObject({ met: true, detail: '70.0 against 30.0 ms' });
    expect(byTarget({ openai, modelgate: { ...fast, importMs: one(70.5) } })['import of the entry point']!.met).toBe(false);
  });

  it('allows a traced call 5% more CPU than an untraced one, and not more', () => {
    const target = 'CPU per plain call with an SDK tracer and meter registered';
    expect(byTarget({ modelgate: { ...fast, otelOnCallUs: one(105) } })[target]).toMatchObject({ met: true, detail: '1.05x (105.0 against 100.0 µs)' });
    expect(byTarget({ modelgate: { ...fast, otelOnCallUs: one(105.5) } })[target]!.met).toBe(false);
  });

  it("tells how near the target the SDK's own share of a traced call lets modelgate come", () => {
    const target = 'CPU per plain call with an SDK tracer and meter registered';
    const outcome = byTarget({ modelgate: { ...fast, otelOnCallUs: one(140), otelSdkAloneUs: one(30) } })[target];
    expect(outcome).toMatchObject({ met: false, detail: '1.40x (140.0 against 100.0 µs); the SDK alone 30.0 µs, 30% of the untraced call' });
  });

  it('misses an absolute limit by its value', () => {
    const outcome = byTarget({ modelgate: { ...fast, discoveryWorkMs: one(25.5) } })['discovery of 5,000 models'];
    expect(outcome).toMatchObject({ met: false, detail: '25.50 ms' });
  });

  it('calls a heap that grows by more than the answer text while the stream is open not flat', () => {
    const grown = (FLAT_HEAP_BYTES_PER_CHUNK * 2 * 90_000) / 1024;
    const outcome = byTarget({ modelgate: { ...fast, heapGrowthKB: one(grown) } })['heap over a 100,000-chunk stream'];
    expect(outcome).toMatchObject({ met: false, detail: 'grew 11250 KB while open, kept -20 KB after' });
  });

  it('calls a heap that keeps the stream after it ended not flat', () => {
    const kept = (FLAT_HEAP_BYTES_PER_CHUNK * 2 * 90_000) / 1024;
    expect(byTarget({ modelgate: { ...fast, heapRetainedKB: one(kept) } })['heap over a 100,000-chunk stream']!.met).toBe(false);
  });

  it('names the workloads on which a peer is faster', () => {
    const outcome = byTarget({ modelgate: fast, 'ai-sdk': { ...peer, importMs: one(30) } })['faster than ai-sdk on every workload'];
    expect(outcome).toMatchObject({ met: false, detail: 'slower on importMs 2.00x' });
  });

  it('leaves a target unjudged when the client it compares with has no result', () => {
    const outcomes = byTarget({ modelgate: fast });
    expect(outcomes['sequential, non-streaming']!.met).toBeNull();
    expect(outcomes['faster than langchain on every workload']!.met).toBeNull();
  });

  it('leaves every target unjudged without a modelgate result', () => {
    expect(evaluateTargets({ fetch: fetchFloor, openai }).every((outcome) => outcome.met === null)).toBe(true);
  });
});
