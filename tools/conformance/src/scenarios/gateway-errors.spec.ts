import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { gatewayErrorScenarios } from './gateway-errors';

describe('the gateway error scenarios', () => {
  itPassesAgainstTheSimulator(gatewayErrorScenarios, useSimulatedProxy());
});
