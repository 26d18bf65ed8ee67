import { fileURLToPath } from 'node:url';
import { ProviderError } from '@modelgate/provider-contracts';
import { runCli } from './cli/run-cli';

// The node entry point, bundled by tools/scripts/start-demo.mjs next to the page it serves (./web/).
const interrupt = new AbortController();
const stop = () => interrupt.abort(new ProviderError({ code: 'aborted', message: 'Interrupted' }));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: interrupt.signal,
  webRoot: fileURLToPath(new URL('./web/', import.meta.url)),
});
