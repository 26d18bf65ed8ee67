import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { wireDetailScenarios } from './wire-details';

describe('wire detail scenarios', () => {
  itPassesAgainstTheSimulator(wireDetailScenarios, useSimulatedProxy());
});
