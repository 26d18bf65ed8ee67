import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { toolLoopScenarios } from './tool-loop';

describe('the tool-loop scenarios', () => {
  itPassesAgainstTheSimulator(toolLoopScenarios, useSimulatedProxy());
});
