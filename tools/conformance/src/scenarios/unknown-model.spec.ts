import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { unknownModelScenario } from './unknown-model';

describe('the unknown-model scenario', () => {
  itPassesAgainstTheSimulator([unknownModelScenario], useSimulatedProxy());
});
