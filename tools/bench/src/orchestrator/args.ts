import { BASELINE_MODELGATE, CLIENT_NAMES, type ClientName, isClientName } from '../shared/metrics';
import { WORKLOAD_NAMES, type WorkloadName, isWorkloadName } from '../worker/protocol';

export interface BenchArgs {
  quick: boolean;
  rounds: number;
  clients: ClientName[];
  /** Run only these clients, once each, under `--cpu-prof`, and summarise their profiles. */
  profile: ClientName[] | null;
  /** With `--profile`: only these workloads, so the profile shows one kind of work. */
  only: WorkloadName[];
  /** `--baseline <git ref>`: modelgate as built at that ref runs too, as `modelgate-baseline`. */
  baseline: string | null;
}

const USAGE =
  'usage: npm run bench -- [--quick] [--rounds N] [--clients fetch,openai,...] [--baseline <git ref>] [--profile modelgate,openai [--only sequential,...]]';

function clientName(name: string): ClientName {
  if (!isClientName(name)) throw new Error(`Unknown client "${name}" (known: ${CLIENT_NAMES.join(', ')})\n${USAGE}`);
  return name;
}

function workloadName(name: string): WorkloadName {
  if (!isWorkloadName(name)) throw new Error(`Unknown workload "${name}" (known: ${WORKLOAD_NAMES.join(', ')})\n${USAGE}`);
  return name;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  let rounds: number | null = null;
  const args: BenchArgs = { quick: false, rounds: 0, clients: [...CLIENT_NAMES], profile: null, only: [...WORKLOAD_NAMES], baseline: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === '--quick') args.quick = true;
    else if (flag === '--rounds') rounds = Number(value());
    else if (flag === '--clients') args.clients = value().split(',').map(clientName);
    else if (flag === '--profile') args.profile = value().split(',').map(clientName);
    else if (flag === '--only') args.only = value().split(',').map(workloadName);
    else if (flag === '--baseline') args.baseline = value();
    else throw new Error(`Unknown argument "${flag}"\n${USAGE}`);
  }
  args.rounds = rounds ?? (args.quick ? 2 : 5);
  const named = (client: ClientName) => args.clients.includes(client) || args.profile?.includes(client);
  if (named(BASELINE_MODELGATE) && args.baseline === null) throw new Error(`${BASELINE_MODELGATE} needs --baseline <git ref>\n${USAGE}`);
  if (args.baseline !== null && !args.clients.includes(BASELINE_MODELGATE)) {
    // Next to modelgate, so the two columns sit side by side.
    const at = args.clients.indexOf('modelgate');
    args.clients.splice(at === -1 ? args.clients.length : at + 1, 0, BASELINE_MODELGATE);
  }
  if (!Number.isInteger(args.rounds) || args.rounds < 1) throw new Error(`--rounds must be a positive integer\n${USAGE}`);
  return args;
}
