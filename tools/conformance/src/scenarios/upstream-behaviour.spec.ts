import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { upstreamScenarios } from './upstream-behaviour';

describe('upstream behaviour scenarios', () => {
  itPassesAgainstTheSimulator(upstreamScenarios, useSimulatedProxy());
});
