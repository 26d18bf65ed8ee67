import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { midstreamErrorScenario } from './midstream-error';

describe('the mid-stream error scenario', () => {
  itPassesAgainstTheSimulator([midstreamErrorScenario], useSimulatedProxy());
});
