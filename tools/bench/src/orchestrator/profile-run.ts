import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ClientName } from '../shared/metrics';
import { SourceMap } from '../profile/source-map';
import { type CpuProfile, type HotSpot, type Locate, type ProfileSummary, summariseProfile } from '../profile/summarise';
import { type WorkloadName } from '../worker/protocol';
import { type BenchPaths, clientEntry } from './paths';
import { runWorker } from './processes';

/** Names frames by their source: through the bundle's source map, relative to the repository root. */
function locator(root: string): Locate {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (file: string) => {
    let map = maps.get(file);
    if (map === undefined) {
      const mapFile = `${file}.map`;
      map = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null;
      maps.set(file, map);
    }
    return map;
  };
  return (url, line, column) => {
    if (!url.startsWith('file://')) return `${url}:${line + 1}`;
    const file = fileURLToPath(url);
    const original = mapOf(file)?.lookup(line, column);
    if (original) return `${relative(root, resolve(dirname(file), original.source))}:${original.line}`;
    return `${relative(root, file)}:${line + 1}`;
  };
}

const list = (spots: HotSpot[]) => spots.map((spot) => `| ${spot.percent.toFixed(1)}% | ${spot.ms.toFixed(0)} | \`${spot.name}\` |`);

function section(title: string, summary: ProfileSummary): string[] {
  return [
    `## ${title}: ${summary.samples} samples, ${summary.sampledMs.toFixed(0)} ms sampled over ${summary.durationMs.toFixed(0)} ms`,
    '',
    '| self | ms | function |',
    '| ---: | ---: | --- |',
    ...list(summary.self),
    '',
    '| inclusive | ms | function |',
    '| ---: | ---: | --- |',
    ...list(summary.inclusive),
    '',
    '| self | ms | file or package |',
    '| ---: | ---: | --- |',
    ...list(summary.byFile),
    '',
    '| inclusive | ms | file or package |',
    '| ---: | ---: | --- |',
    ...list(summary.inclusiveByFile),
    '',
  ];
}

/**
 * One worker under `--cpu-prof`; prints and writes where its time went, for the whole run and for each
 * phase (the import and every workload) apart, cut by the times the worker reports.
 */
export async function profileClient(
  paths: BenchPaths,
  baseUrl: string,
  client: ClientName,
  quick: boolean,
  only: readonly WorkloadName[],
): Promise<string> {
  const dir = join(paths.profiles, `${client}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const task = { client, entry: clientEntry(paths, client), baseUrl, quick, only };
  // 250 µs rather than the default 1 ms: a request costs about 1 ms of CPU here.
  const report = await runWorker(paths, task, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250']);
  if (report.type === 'failure') throw new Error(`${client} failed under the profiler: ${report.message}`);
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`No profile was written to ${dir}`);
  // Kept beside the profile, so it can be cut by phase again later.
  writeFileSync(join(dir, 'phases.json'), `${JSON.stringify(report.phases, null, 2)}\n`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const locate = locator(paths.root);
  const limit = 25;
  const markdown = [
    `# CPU profile: ${client} (${only.join(', ')}${quick ? ', quick' : ''})`,
    '',
    `Profile: ${relative(paths.root, join(dir, file))}. Shares are of the samples in each section.`,
    '',
    ...section('Whole run', summariseProfile(profile, locate, { limit })),
    ...report.phases.flatMap((phase) => section(`Phase ${phase.name}`, summariseProfile(profile, locate, { limit, window: phase }))),
  ].join('\n');
  writeFileSync(join(paths.results, `profile-${client}.md`), markdown);
  return markdown;
}
