import { countBy } from '../report/access-log';
import { type Scenario, split } from './scenario';
import { describeTally, streamedChats } from './streamed-chats';

/** Many streamed tool chats at once: all complete with their own answer, spread over every instance. */
export function loadScenario(count: number): Scenario {
  return {
    name: `${count} concurrent streamed chats with tools`,
    run: async (stack) => {
      Object.assign(stack.upstream.pace, { chunkSize: 4, chunkDelayMs: 5 });
      await stack.replicaLog.take();
      const batch = await streamedChats(stack, { count, first: 0 });
      const perReplica = countBy(await stack.replicaLog.take(), stack.replicas);
      const replicaNames = stack.replicas.map((replica) => replica.name);
      const appNames = stack.apps.map((app) => app.name);
      const spread = [...perReplica.values(), ...batch.perApp.values()].every((count) => count > 0);
      return {
        name: `${count} concurrent streamed chats with tools`,
        passed: batch.tally.completed === count && spread,
        figures:
          `${describeTally(batch.tally)} in ${batch.seconds.toFixed(1)} s; apps ${split(batch.perApp, appNames)} chats, ` +
          `replicas ${split(perReplica, replicaNames)} model calls`,
        chats: { chats: count, failed: batch.tally.failed, lost: batch.tally.lost + batch.tally.duplicated },
      };
    },
  };
}
