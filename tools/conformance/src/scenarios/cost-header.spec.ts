import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { costHeaderScenario } from './cost-header';

describe('the cost-header scenario', () => {
  itPassesAgainstTheSimulator([costHeaderScenario], useSimulatedProxy());
});
