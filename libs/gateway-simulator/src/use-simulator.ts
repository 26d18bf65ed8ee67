import { type GatewaySimulator, startGatewaySimulator } from './server';
import { type SimulatorOptions } from './simulator-options';

/**
 * For jest specs: one simulator for a describe block, started once, reset after each test, closed at the
 * end. Jest's hooks are looked up only when it is called, so importing this costs a non-test user nothing.
 */
export function useSimulator(options: SimulatorOptions = {}): () => GatewaySimulator {
  let simulator: GatewaySimulator | null = null;
  beforeAll(async () => {
    simulator = await startGatewaySimulator(options);
  });
  afterEach(() => simulator?.reset());
  afterAll(async () => {
    await simulator?.close();
  });
  return () => {
    if (simulator === null) throw new Error('the simulator starts in beforeAll');
    return simulator;
  };
}
