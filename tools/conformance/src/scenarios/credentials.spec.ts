import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { credentialsScenario, noMasterKeyScenarios } from './credentials';

describe('the per-call credentials scenario', () => {
  itPassesAgainstTheSimulator([credentialsScenario], useSimulatedProxy());
});

describe('the scenarios of a proxy without a master key', () => {
  itPassesAgainstTheSimulator(noMasterKeyScenarios, useSimulatedProxy({ masterKey: false }));
});
