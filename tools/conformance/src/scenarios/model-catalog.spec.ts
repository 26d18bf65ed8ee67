import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { modelCatalogScenarios } from './model-catalog';

describe('model catalog scenarios', () => {
  itPassesAgainstTheSimulator(modelCatalogScenarios, useSimulatedProxy());
});
