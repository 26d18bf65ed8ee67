import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { discoveryScenario } from './discovery';

describe('the discovery scenario', () => {
  itPassesAgainstTheSimulator([discoveryScenario], useSimulatedProxy());
});
