import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { embeddingScenarios } from './embeddings';

describe('the embedding scenarios', () => {
  itPassesAgainstTheSimulator(embeddingScenarios, useSimulatedProxy());
});
