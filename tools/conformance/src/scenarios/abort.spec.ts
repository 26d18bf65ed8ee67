import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { abortScenario } from './abort';

describe('the abort scenario', () => {
  itPassesAgainstTheSimulator([abortScenario], useSimulatedProxy());
});
