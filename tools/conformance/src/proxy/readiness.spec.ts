import { useFakeServiceGroup } from '../test-support/fake-service-group';
import { type ProcessGroup } from './process-group';
import { waitForReadiness } from './readiness';

/** Waits until the fake answers at all and has written its first line, however slowly this machine runs. */
async function untilItAnswers(baseUrl: string, group: ProcessGroup): Promise<void> {
  for (;;) {
    const status = await fetch(`${baseUrl}/health/readiness`).then((response) => response.status, () => 0);
    if (status !== 0 && group.outputTail().includes('started')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('waitForReadiness', () => {
  const { start } = useFakeServiceGroup();

  it('resolves with the version the server reports once it is healthy', async () => {
    const { group: started, baseUrl } = await start('ready');

    const readiness = await waitForReadiness({ baseUrl, group: started, timeoutMs: 20_000, pollMs: 50 });

    expect(readiness).toMatchObject({ status: 'healthy', litellm_version: '0.0.0-fake' });
  });

  it('fails as soon as the program exits, showing its last output', async () => {
    const { group: started, baseUrl } = await start('exit');

    const waiting = waitForReadiness({ baseUrl, group: started, timeoutMs: 20_000, pollMs: 50 });

    await expect(waiting).rejects.toThrow(/exited \(code 3\) before it was ready[^]*the config could not be read/);
  });

  it('fails at the deadline when the server never says it is healthy', async () => {
    const { group: started, baseUrl } = await start('never');
    await untilItAnswers(baseUrl, started);

    const waiting = waitForReadiness({ baseUrl, group: started, timeoutMs: 300, pollMs: 50 });

    await expect(waiting).rejects.toThrow(/not ready within 0.3 s \(last: HTTP 503\)[^]*fake: child \d+ started/);
  });
});
