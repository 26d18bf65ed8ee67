import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { ChatResult } from '@modelgate/provider-contracts';
import { runCliInProcess } from '../test-support/cli-run';
import { CANARY_KEY } from '../test-support/demo-harness';

const TEAM_A = 'sk-canary-cli-team-a-0011';

describe('chat and embed --key-env', () => {
  let simulator: GatewaySimulator;
  beforeAll(async () => {
    simulator = await startGatewaySimulator({ masterKey: CANARY_KEY, keys: [{ key: TEAM_A, models: ['gpt-4o-mini', 'text-embedding-3-small'] }] });
  });
  afterEach(() => simulator.reset());
  afterAll(() => simulator.close());

  const cli = (args: string[], extraEnv: Record<string, string> = { TEAM_A_KEY: TEAM_A }) =>
    runCliInProcess(args, { LITELLM_BASE_URL: simulator.url, LITELLM_API_KEY: CANARY_KEY, MODELGATE_MAX_RETRIES: '0', ...extraEnv });

  it('discovers and chats with the key of the variable it names, not the module key', async () => {
    const run = await cli(['chat', '--model', 'gpt-4o-mini', '--key-env', 'TEAM_A_KEY', '--json', 'hi']);
    expect(run.code).toBe(0);
    expect(ChatResult.parse(JSON.parse(run.stdout)).model).toBe('litellm/gpt-4o-mini');
    expect(new Set(simulator.requests.map((request) => request.headers['authorization']))).toEqual(new Set([`Bearer ${TEAM_A}`]));
    expect(run.stdout + run.stderr).not.toContain(TEAM_A);
  });

  it('embeds with the key of the variable it names, attributed to --user and --tag', async () => {
    const run = await cli(['embed', '--model', 'text-embedding-3-small', '--key-env', 'TEAM_A_KEY', '--user', 'u-42', '--tag', 'team:a', '--json', 'ab']);
    expect(run.code).toBe(0);
    const calls = simulator.requests.filter((request) => request.path === '/v1/embeddings');
    expect(calls.map((call) => [call.headers['authorization'], call.body])).toEqual([
      [`Bearer ${TEAM_A}`, expect.objectContaining({ user: 'u-42', metadata: { tags: ['team:a'] } })],
    ]);
    expect(run.stdout + run.stderr).not.toContain(TEAM_A);
  });

  it("refuses a model the key's discovery did not list, before any chat", async () => {
    const run = await cli(['chat', '--model', 'litellm/claude-3-5-haiku', '--key-env', 'TEAM_A_KEY', 'hi']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error model_not_found');
    expect(simulator.chatRequests).toHaveLength(0);
  });

  it('names an unset variable, and takes no key from the command line', async () => {
    const unset = await cli(['chat', '--model', 'gpt-4o-mini', '--key-env', 'NOT_SET_KEY', 'hi'], {});
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('error usage: --key-env: NOT_SET_KEY is not set');
    const literal = await cli(['chat', '--model', 'gpt-4o-mini', '--key-env', TEAM_A, 'hi']);
    expect(literal.code).toBe(2);
    expect(literal.stderr).toContain('must be an environment variable name');
    expect(literal.stderr).not.toContain(TEAM_A);
    expect(simulator.requests).toHaveLength(0);
  });
});
