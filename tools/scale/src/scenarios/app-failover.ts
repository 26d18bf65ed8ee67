import { discoverThroughBalancer, sameModels } from './discovery';
import { type Scenario, split } from './scenario';
import { describeTally, streamedChats } from './streamed-chats';

const chats = 20;

/** An app instance dies: the balancer sends the next chats and model lists to the other, and they all work. */
export const appFailoverScenario: Scenario = {
  name: 'an app instance killed',
  run: async (stack) => {
    const [victim, survivor] = stack.apps;
    if (victim === undefined || survivor === undefined) throw new Error('two app instances are needed');
    const before = sameModels(await discoverThroughBalancer(stack, 2));
    await victim.service.kill();
    const batch = await streamedChats(stack, { count: chats, first: 40_000 });
    const seen = await discoverThroughBalancer(stack, 4);
    const after = sameModels(seen);
    const appNames = stack.apps.map((app) => app.name);
    return {
      name: appFailoverScenario.name,
      passed: batch.tally.completed === chats && batch.perApp.get(survivor.name) === chats && after !== undefined && after === before && !seen.has(victim.name),
      figures:
        `killed ${victim.name}; next ${chats} chats ${describeTally(batch.tally)}, apps ${split(batch.perApp, appNames)}; ` +
        `model lists from ${[...seen.keys()].join(', ')} ${after === before ? 'unchanged' : 'changed'}`,
      chats: { chats, failed: batch.tally.failed, lost: batch.tally.lost + batch.tally.duplicated },
    };
  },
};
