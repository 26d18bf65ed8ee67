import { itPassesAgainstTheSimulator, useSimulatedProxy } from '../test-support/simulated-proxy';
import { plainChatScenario } from './plain-chat';

describe('the plain chat scenario', () => {
  itPassesAgainstTheSimulator([plainChatScenario], useSimulatedProxy());
});
