#!/usr/bin/env node
// Runs src/cli.ts without a build step: esbuild compiles it to one temporary ES module, which we import.
// Usage (from the repo root): node libs/gateway-simulator/bin/gateway-simulator.mjs --port 4100
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = mkdtempSync(join(tmpdir(), 'gateway-simulator-'));
const outfile = join(outdir, 'cli.mjs');

try {
  await build({
    entryPoints: [join(root, 'src', 'cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  const { main } = await import(pathToFileURL(outfile).href);
  const simulator = await main(process.argv.slice(2));
  // null: --help printed the usage and started nothing.
  if (simulator !== null) {
    const stop = () => simulator.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
