import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { unpricedModelScenario } from './unpriced-model';

describe('the unpriced-model scenario', () => {
  itPassesAgainstTheSimulator([unpricedModelScenario], useSimulatedProxy());
});
