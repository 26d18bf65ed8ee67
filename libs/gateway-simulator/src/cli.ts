import { parseArgs } from 'node:util';
import { type GatewaySimulator, startGatewaySimulator } from './server';
import { SimulatorFlavor } from './simulator-options';
import { type RouteName } from './simulator-state';

export interface CliIo {
  /** Where the status line and the usage go; stdout by default. */
  write: (line: string) => void;
}

const ROUTES: readonly RouteName[] = ['models', 'model-info', 'chat', 'embeddings', 'readiness'];

export const USAGE = `usage: gateway-simulator [options]

  --port N                 port to listen on (default 0: any free one)
  --host H                 address to listen on (default 127.0.0.1)
  --master-key KEY         key every route but the health probes needs (default: none)
  --flavor litellm|vllm    answer like a LiteLLM proxy (default) or a vLLM server
  --litellm-version V      the LiteLLM release to answer like, e.g. 1.83.14 or 1.108.7 (default 1.83.14)
  --fault ROUTE=FAULT      a fault every request to ROUTE (${ROUTES.join(', ')}) gets, repeatable
  --queue MODEL=STEP       one fault or reply for the next chat request naming MODEL, repeatable, in order
  --help                   print this and exit

FAULT and STEP are JSON, as the simulator's API takes them, for example:
  --fault 'chat={"fault":"rate-limit","retryAfterSeconds":2}'
  --queue 'gpt-4o-mini={"fault":"stall-body","afterChunks":2}'
  --queue 'gpt-4o-mini={"text":"Hello"}'
Faults: status, unauthorized, invalid-model, request-timeout, rate-limit, no-deployments, budget-exceeded,
server-error, unavailable, context-window, stall-headers, stall-body, cut-stream, midstream-error,
malformed-json, tool-deltas-index0, missing-tool-ids.`;

function usageError(message: string): Error {
  return new Error(`${message}\n\n${USAGE}`);
}

function portOf(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port must be 0-65535, got '${text}'`);
  return port;
}

/** `NAME=JSON` split at the first `=`, the JSON parsed. */
function assignment(flag: string, text: string): [string, unknown] {
  const at = text.indexOf('=');
  if (at <= 0) throw usageError(`${flag} takes NAME=JSON, got '${text}'`);
  try {
    return [text.slice(0, at), JSON.parse(text.slice(at + 1))];
  } catch {
    throw usageError(`${flag} ${text.slice(0, at)}: the value is not JSON`);
  }
}

function isRoute(name: string): name is RouteName {
  return (ROUTES as readonly string[]).includes(name);
}

/**
 * Starts a simulator from command-line arguments and prints `gateway simulator listening on <url>`; with
 * `--help`, prints the usage and starts nothing (null). A bad flag or fault is an error carrying the usage.
 */
export async function main(
  argv: readonly string[],
  io: CliIo = { write: (line) => process.stdout.write(`${line}\n`) },
): Promise<GatewaySimulator | null> {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'master-key': { type: 'string' },
      flavor: { type: 'string' },
      'litellm-version': { type: 'string' },
      fault: { type: 'string', multiple: true },
      queue: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.write(USAGE);
    return null;
  }
  const flavor = SimulatorFlavor.safeParse(values.flavor ?? 'litellm');
  if (!flavor.success) throw usageError(`--flavor must be litellm or vllm, got '${values.flavor}'`);
  const faults = (values.fault ?? []).map((text) => assignment('--fault', text));
  for (const [route] of faults) {
    if (!isRoute(route)) throw usageError(`--fault: no route '${route}' (routes: ${ROUTES.join(', ')})`);
  }
  const queued = (values.queue ?? []).map((text) => assignment('--queue', text));
  const simulator = await startGatewaySimulator({
    port: portOf(values.port),
    host: values.host ?? '127.0.0.1',
    masterKey: values['master-key'] ?? null,
    flavor: flavor.data,
    ...(values['litellm-version'] !== undefined && { litellmVersion: values['litellm-version'] }),
  });
  try {
    for (const [route, fault] of faults) simulator.setRouteFault(route as RouteName, fault as never);
    for (const [model, step] of queued) simulator.enqueue(model, step as never);
  } catch (error) {
    await simulator.close();
    throw usageError(error instanceof Error ? error.message : String(error));
  }
  io.write(`gateway simulator listening on ${simulator.url}`);
  return simulator;
}
