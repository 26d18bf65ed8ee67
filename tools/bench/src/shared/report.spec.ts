import { type BenchResults, renderMarkdown } from './report';

const one = (value: number) => ({ median: value, min: value - 1, max: value + 1 });

const results: BenchResults = {
  env: {
    node: 'v20.20.2',
    platform: 'linux x64',
    cpus: 2,
    cpuModel: 'Test CPU',
    totalMemoryGB: 8,
    loadStart: [1.5, 1, 0.5],
    loadEnd: [2, 1.25, 0.75],
    rounds: 5,
    quick: false,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationS: 300,
  },
  versions: { openai: '6.30.1' },
  clients: { openai: { seqRps: one(1000) }, modelgate: { seqRps: one(990), discoveryMs: one(12) } },
  ratios: { openai: { seqRps: 1 }, modelgate: { seqRps: 1.0101 } },
  void: { langchain: 'WrongAnswer: tool round trip: answer differs at character 0' },
  targets: [{ target: 'discovery of 5,000 models: at most 20 ms', met: true, detail: '12.00 ms' }],
};

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(results);

  it('shows median and range per metric and client, with the unit in the row name', () => {
    expect(markdown).toContain('| sequential, non-streaming (req/s) | 1,000 (999–1,001) | 990 (989–991) | void |');
  });

  it('leaves a cell empty where a client does not run that workload', () => {
    expect(markdown).toContain('| discovery of 5,000 models, end to end (ms) | – | 12.00 (11.00–13.00) | void |');
  });

  it('lists cost ratios against the SDK with two decimals', () => {
    expect(markdown).toContain('| sequential, non-streaming | 1.00 | 1.01 |');
  });

  it('reports the machine load at start and end', () => {
    expect(markdown).toContain('1.50 / 1.00 / 0.50 at start, 2.00 / 1.25 / 0.75 at end');
  });

  it('marks each target and names void clients with the reason', () => {
    expect(markdown).toContain('- met: discovery of 5,000 models: at most 20 ms (12.00 ms)');
    expect(markdown).toContain('- langchain: WrongAnswer: tool round trip');
  });

  it("shows modelgate's own cost per call against the SDK's cost per real request", () => {
    const clients = {
      openai: { memoryCallUs: one(150), cpuUsPerRequest: one(900) },
      modelgate: { memoryCallUs: one(177) },
    };
    expect(renderMarkdown({ ...results, clients })).toContain(
      '27.0 µs of CPU over the openai SDK with fetch answered from memory: 3.0% of the SDK\'s CPU per request over loopback (900 µs).',
    );
    expect(markdown).not.toContain("modelgate's own cost");
  });
});
