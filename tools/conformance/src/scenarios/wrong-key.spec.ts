import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { wrongKeyScenario } from './wrong-key';

describe('the wrong-key scenario', () => {
  itPassesAgainstTheSimulator([wrongKeyScenario], useSimulatedProxy());
});
