import { type GatewaySimulator, startGatewaySimulator } from '@modelgate/gateway-simulator';
import { runCliInProcess } from '../test-support/cli-run';

describe('chat in the terminal', () => {
  let simulator: GatewaySimulator;
  beforeAll(async () => {
    simulator = await startGatewaySimulator();
  });
  afterAll(() => simulator.close());

  it('prints the warnings of the call under its summary, and none when there are none', async () => {
    const env = { LITELLM_BASE_URL: simulator.url, MODELGATE_MAX_RETRIES: '0' };
    simulator.enqueue('gpt-4o-mini', { text: 'Cut short.', finishReason: 'content_filter_v9' });
    const warned = await runCliInProcess(['chat', '--model', 'gpt-4o-mini', 'hi'], env);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/\ntiming .*\nwarning finish-reason-\w+ \(turn 1\): .*content_filter_v9/);
    const plain = await runCliInProcess(['chat', '--model', 'gpt-4o-mini', 'hi'], env);
    expect(plain.stdout).not.toContain('warning');
  });
});
