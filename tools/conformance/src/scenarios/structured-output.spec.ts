import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { structuredOutputScenario } from './structured-output';

describe('the structured-output scenario', () => {
  itPassesAgainstTheSimulator([structuredOutputScenario], useSimulatedProxy());
});
