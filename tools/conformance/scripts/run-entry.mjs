// Bundles the suite's TypeScript entry with esbuild and runs it in this process, the way the demo is run:
// workspace libraries (@modelgate/*) resolve through tsconfig paths and are bundled, npm packages stay
// external and load from node_modules. esbuild emits no decorator metadata; the libraries name every
// constructor dependency with an explicit @inject, so none is needed.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Builds `<project>/src/main.ts` (a tool under tools/) into dist/<project>/main.mjs, runs `main` with `argv`,
 * and sets the process exit code. tools/api-fuzz runs this way too.
 */
export async function runToolEntry(project, argv) {
  const outfile = join(root, 'dist', project, 'main.mjs');
  await esbuild.build({
    entryPoints: [join(root, project, 'src/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    tsconfig: join(root, project, 'tsconfig.json'),
    sourcemap: 'inline',
    logLevel: 'warning',
    absWorkingDir: root,
  });
  await esbuild.stop();
  const { main } = await import(pathToFileURL(outfile).href);
  process.exitCode = await main({ root, argv, env: process.env });
}

/** Builds tools/conformance/src/main.ts, runs `main` with `argv`, and sets the process exit code. */
export function runConformance(argv) {
  return runToolEntry('tools/conformance', argv);
}
