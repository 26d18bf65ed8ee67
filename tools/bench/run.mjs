// `npm run bench`: installs the peer clients on demand (never into the main install), bundles the harness
// and our clients with esbuild into .build/ (modelgate is TypeScript with path aliases; workers import
// plain JS), then runs the orchestrator. Arguments: see src/orchestrator/args.ts (`--quick`, `--profile`).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bench = dirname(fileURLToPath(import.meta.url));
const root = resolve(bench, '../..');
const build = join(bench, '.build');

/** `npm ci --prefix tools/bench` when the peers are missing or the lock changed since they were installed. */
function ensurePeers() {
  const lock = createHash('sha256').update(readFileSync(join(bench, 'package-lock.json'))).digest('hex');
  const stamp = join(bench, 'node_modules', '.bench-lock-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return;
  console.log('Installing the bench peers: npm ci --prefix tools/bench');
  execFileSync('npm', ['ci', '--prefix', bench, '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  writeFileSync(stamp, lock);
}

/**
 * Our client bundles load their packages (openai, zod, inversify...) from the root install, by absolute
 * path: the peers' own copies in tools/bench/node_modules (langchain brings another openai) must not
 * stand in for what modelgate ships with.
 */
const rootPackages = {
  name: 'root-packages',
  setup(esbuild) {
    const rootRequire = createRequire(join(root, 'package.json'));
    esbuild.onResolve({ filter: /^[^./]/ }, ({ path }) => {
      if (path.startsWith('@modelgate/') || path.startsWith('node:') || builtinModules.includes(path)) return undefined;
      return { path: rootRequire.resolve(path), external: true };
    });
  },
};

/**
 * `--baseline <ref>`: the libraries and the bench's modelgate client as they were at that commit, extracted
 * with `git archive` (the working tree is not touched), for the `modelgate-baseline` bundle.
 */
function extractBaseline(argv) {
  const at = argv.indexOf('--baseline');
  if (at === -1 || argv[at + 1] === undefined) return null;
  const ref = argv[at + 1];
  const tree = join(build, 'baseline');
  mkdirSync(tree, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', ref, 'libs', 'tools/bench/src', 'tsconfig.base.json'], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', tree], { input: archive });
  return tree;
}

async function bundle(argv) {
  const { build: esbuild } = await import('esbuild');
  rmSync(build, { recursive: true, force: true });
  const common = { bundle: true, platform: 'node', target: 'node22', tsconfig: join(root, 'tsconfig.base.json'), logLevel: 'warning' };
  const src = (file) => join(bench, 'src', file);
  // For --profile: frames are mapped back to the libraries' own files.
  const ours = { ...common, format: 'cjs', outdir: join(build, 'clients'), outExtension: { '.js': '.cjs' }, sourcemap: 'external', plugins: [rootPackages] };
  const baseline = extractBaseline(argv);
  await Promise.all([
    esbuild({
      ...common,
      format: 'esm',
      entryPoints: { main: src('orchestrator/main.ts'), worker: src('worker/worker.ts'), upstream: src('upstream/serve.ts') },
      outdir: build,
      outExtension: { '.js': '.mjs' },
    }),
    esbuild({
      ...ours,
      entryPoints: {
        fetch: src('clients/fetch.ts'),
        'openai-sdk': src('clients/openai-sdk.ts'),
        modelgate: src('clients/modelgate.ts'),
      },
    }),
    baseline &&
      esbuild({
        ...ours,
        tsconfig: join(baseline, 'tsconfig.base.json'),
        entryPoints: { 'modelgate-baseline': join(baseline, 'tools/bench/src/clients/modelgate.ts') },
      }),
  ]);
}

ensurePeers();
await bundle(process.argv.slice(2));
const { runBench } = await import(pathToFileURL(join(build, 'main.mjs')).href);
process.exitCode = await runBench({ root, bench, argv: process.argv.slice(2) });
