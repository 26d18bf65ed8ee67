import { type CpuProfile, fileGroup, samplesIn, summariseProfile } from './summarise';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

// root -> main (app.ts:1) -> parse (lib.ts:10), plus time in the garbage collector.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4] },
    { id: 2, callFrame: frame('main', 'file:///app.ts', 0), children: [3] },
    { id: 3, callFrame: frame('parse', 'file:///node_modules/zod/lib.ts', 9) },
    { id: 4, callFrame: frame('(garbage collector)') },
  ],
  samples: [3, 3, 3, 2, 4],
  timeDeltas: [1000, 1000, 1000, 1000, 1000],
  startTime: 0,
  endTime: 5000,
};

const locate = (url: string, line: number) => `${url.replace('file:///', '')}:${line + 1}`;

describe('summariseProfile', () => {
  const summary = summariseProfile(profile, locate);

  it('shares self time out by function, with file and line, weighing each sample by its interval', () => {
    expect(summary.self).toEqual([
      { name: 'node_modules/zod/lib.ts:10 parse', percent: 60, ms: 3 },
      { name: 'app.ts:1 main', percent: 20, ms: 1 },
      { name: '(garbage collector)', percent: 20, ms: 1 },
    ]);
  });

  it('counts a caller for the time of everything it called', () => {
    expect(summary.inclusive[0]).toEqual({ name: 'app.ts:1 main', percent: 80, ms: 4 });
  });

  it('groups self time by package or file', () => {
    expect(summary.byFile.map((spot) => spot.name)).toEqual(['package zod', 'app.ts', '(garbage collector)']);
  });

  it('counts a package for the time of everything it called', () => {
    expect(summary.inclusiveByFile.slice(0, 2)).toEqual([
      { name: 'app.ts', percent: 80, ms: 4 },
      { name: 'package zod', percent: 60, ms: 3 },
    ]);
  });

  it('reports the profiled span and sample count', () => {
    expect(summary).toMatchObject({ durationMs: 5, samples: 5, sampledMs: 5 });
  });
});

describe('a profile window', () => {
  it('keeps only the samples taken within it', () => {
    // Samples at 1, 2, 3, 4 and 5 ms: the window [3.5 ms, 6 ms) holds the last two.
    expect(samplesIn(profile, { startUs: 3500, endUs: 6000 })).toEqual([
      { node: 2, us: 1000 },
      { node: 4, us: 1000 },
    ]);
    const summary = summariseProfile(profile, locate, { window: { startUs: 3500, endUs: 6000 } });
    expect(summary).toMatchObject({ durationMs: 2.5, samples: 2 });
    expect(summary.self.map((spot) => spot.percent)).toEqual([50, 50]);
  });
});

describe('fileGroup', () => {
  it('names scoped packages, node internals and plain files', () => {
    expect(fileGroup('/x/node_modules/@langchain/core/dist/a.js:3')).toBe('package @langchain/core');
    expect(fileGroup('node:internal/streams/readable:120')).toBe('node internals');
    expect(fileGroup('libs/provider-runtime/src/execution-service.ts:30')).toBe('libs/provider-runtime/src/execution-service.ts');
  });
});
