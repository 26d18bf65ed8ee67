import { parseArgs } from 'node:util';
import { type GatewaySimulator, startGatewaySimulator } from './server';
import { SimulatorFlavor } from './simulator-options';

export interface CliIo {
  /** Where the one status line goes; stdout by default. */
  write: (line: string) => void;
}

const USAGE = 'usage: gateway-simulator [--port N] [--host H] [--master-key KEY] [--flavor litellm|vllm]';

function portOf(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got '${text}'\n${USAGE}`);
  return port;
}

/** Starts a simulator from command-line arguments and prints `gateway simulator listening on <url>`. */
export async function main(
  argv: readonly string[],
  io: CliIo = { write: (line) => process.stdout.write(`${line}\n`) },
): Promise<GatewaySimulator> {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'master-key': { type: 'string' },
      flavor: { type: 'string' },
    },
  });
  const flavor = SimulatorFlavor.safeParse(values.flavor ?? 'litellm');
  if (!flavor.success) throw new Error(`--flavor must be litellm or vllm, got '${values.flavor}'\n${USAGE}`);
  const simulator = await startGatewaySimulator({
    port: portOf(values.port),
    host: values.host ?? '127.0.0.1',
    masterKey: values['master-key'] ?? null,
    flavor: flavor.data,
  });
  io.write(`gateway simulator listening on ${simulator.url}`);
  return simulator;
}
