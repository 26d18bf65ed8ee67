import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { streamingUsageScenario } from './streaming-usage';

describe('the streaming-with-usage scenario', () => {
  itPassesAgainstTheSimulator([streamingUsageScenario], useSimulatedProxy());
});
