import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { timeoutScenario } from './timeout';

describe('the timeout scenario', () => {
  itPassesAgainstTheSimulator([timeoutScenario], useSimulatedProxy());
});
