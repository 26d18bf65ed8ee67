import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AttributionFields } from '@modelgate/provider-contracts';

/** A command line the CLI cannot run; reported as `error usage: ...` with exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const PORT_RULE = 'must be a port number from 0 to 65535';
const Port = z.coerce.number({ error: PORT_RULE }).int(PORT_RULE).min(0, PORT_RULE).max(65_535, PORT_RULE);

/** What a chat and an embedding call take alike: whose key, and whom the spend logs name. */
const CallOptions = {
  /** The environment variable holding the LiteLLM key of this call (a tenant's); the key never comes from argv. */
  keyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name').optional(),
  /** Spend-log attribution: the end user, and tags (`--tag` repeated). */
  user: AttributionFields.user,
  tags: AttributionFields.tags,
};

export const CliCommand = z.discriminatedUnion('name', [
  /** No command: discover, list, and run one streamed chat that calls a tool. */
  z.object({ name: z.literal('tour'), model: z.string().min(1).optional() }),
  z.object({ name: z.literal('models'), json: z.boolean() }),
  z.object({
    name: z.literal('chat'),
    model: z.string().min(1),
    prompt: z.string().min(1),
    stream: z.boolean(),
    tools: z.boolean(),
    json: z.boolean(),
    ...CallOptions,
  }),
  z.object({ name: z.literal('embed'), model: z.string().min(1), texts: z.array(z.string().min(1)).min(1), json: z.boolean(), ...CallOptions }),
  z.object({ name: z.literal('serve'), port: Port.optional() }),
  z.object({ name: z.literal('help') }),
]);
export type CliCommand = z.infer<typeof CliCommand>;
export type CommandName = CliCommand['name'];

/** Which options each command takes; any other is a usage error rather than silently ignored. */
const ALLOWED: Record<CommandName, readonly string[]> = {
  tour: ['model'],
  models: ['json'],
  chat: ['model', 'stream', 'tools', 'json', 'key-env', 'user', 'tag'],
  embed: ['model', 'json', 'key-env', 'user', 'tag'],
  serve: ['port'],
  help: [],
};

export const USAGE = `Usage: npm start -- [command] [options]

Commands:
  (none)                       discover models, list them, run a streamed chat that calls a tool
  models [--json]              list the models (chat and embedding) every configured provider serves
  chat --model <id> [--stream] [--tools] [--json] [--key-env <VAR>] [--user <id>] [--tag <t>]... <prompt>
                               one chat (litellm/<model> or vllm/<model>; the prefix may be left out);
                               --tools offers the demo tools (calculator, convert_units); --key-env calls
                               LiteLLM with the key in environment variable VAR (a tenant's virtual key);
                               --user and --tag (repeatable) attribute the call in the gateway's spend logs
  embed --model <id> [--json] [--key-env <VAR>] [--user <id>] [--tag <t>]... <text>...
                               one vector per text (an embedding model, e.g. litellm/text-embedding-3-small);
                               prints each one's dimensions and first values, or --json the vectors;
                               --key-env, --user and --tag as for chat
  serve [--port <n>]           HTTP API and web page (default 127.0.0.1:3000)
  help                         this text

Environment: LITELLM_BASE_URL and LITELLM_API_KEY (LiteLLM), VLLM_BASE_URL and VLLM_API_KEY (vLLM);
either or both, and with neither the embedded gateway simulator as LiteLLM. PORT, HOST, DEMO_API_TOKEN,
MODELGATE_TENANTS, MODELGATE_TIMEOUT_MS, MODELGATE_MAX_RETRIES, DEBUG.
`;

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        model: { type: 'string', short: 'm' },
        stream: { type: 'boolean' },
        tools: { type: 'boolean' },
        json: { type: 'boolean' },
        'key-env': { type: 'string' },
        user: { type: 'string' },
        tag: { type: 'string', multiple: true },
        port: { type: 'string', short: 'p' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

export function parseCommand(argv: readonly string[]): CliCommand {
  const { values, positionals } = readArgs(argv);
  if (values.help) return { name: 'help' };
  const [first, ...rest] = positionals;
  const name = first === undefined ? 'tour' : first;
  if (!(name in ALLOWED)) throw new UsageError(`Unknown command "${name}" (commands: models, chat, embed, serve, help)`);
  const command = name as CommandName;
  const extra = Object.keys(values).find((option) => !ALLOWED[command].includes(option));
  if (extra) throw new UsageError(`--${extra} is not an option of ${first ?? 'the default command'}`);
  if (command !== 'chat' && command !== 'embed' && rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}"`);
  if (command === 'embed' && values.model === undefined) throw new UsageError('embed needs --model <id> (see: npm start -- models)');
  if (command === 'embed' && rest.length === 0) throw new UsageError('embed needs at least one text, e.g. embed --model <id> "ab" "cde"');
  if (command === 'chat' && values.model === undefined) throw new UsageError('chat needs --model <id> (see: npm start -- models)');
  if (command === 'chat' && rest.length === 0) throw new UsageError('chat needs a prompt, e.g. chat --model <id> "What is 12 * 7?"');
  const parsed = CliCommand.safeParse({
    name: command,
    model: values.model,
    prompt: rest.join(' '),
    texts: rest,
    stream: values.stream ?? false,
    tools: values.tools ?? false,
    json: values.json ?? false,
    keyEnv: values['key-env'],
    user: values.user,
    tags: values.tag,
    port: values.port,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
