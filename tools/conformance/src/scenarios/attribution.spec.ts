import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { attributionScenarios } from './attribution';

describe('attribution, fallback and failed-call scenarios', () => {
  itPassesAgainstTheSimulator(attributionScenarios, useSimulatedProxy());
});
