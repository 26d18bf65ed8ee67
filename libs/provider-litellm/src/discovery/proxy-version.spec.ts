import { Container } from 'inversify';
import { startGatewaySimulator, type SimulatorOptions } from '@modelgate/gateway-simulator';
import { modelRegistryModule } from '@modelgate/model-registry';
import { ModelDiscovery } from '@modelgate/provider-contracts';
import { litellmModule } from '../litellm-module';

/** The discovery report's serverVersion, from a simulator answering like the given release. */
async function reportedVersion(options: SimulatorOptions, readinessFails = false): Promise<string | null | undefined> {
  const sim = await startGatewaySimulator(options);
  try {
    if (readinessFails) sim.setRouteFault('readiness', { fault: 'server-error' });
    const container = new Container();
    await container.load(modelRegistryModule, litellmModule({ baseUrl: sim.url, maxRetries: 0 }));
    return (await container.get<ModelDiscovery>(ModelDiscovery).discover()).serverVersion;
  } finally {
    await sim.close();
  }
}

describe('the proxy version in a LiteLLM discovery report', () => {
  it('is the version a 1.83 proxy states in its readiness answer', async () => {
    await expect(reportedVersion({ litellmVersion: '1.83.14' })).resolves.toBe('1.83.14');
  });

  it('is null for a 1.108 proxy, which states none there, and when the readiness route fails', async () => {
    await expect(reportedVersion({ litellmVersion: '1.108.7' })).resolves.toBeNull();
    await expect(reportedVersion({}, true)).resolves.toBeNull();
  });
});
