import { runChat } from '../load/chat-client';
import { type ChatOutcome } from '../load/chat-outcome';
import { countBy } from '../report/access-log';
import { scaleModels } from '../stack/proxy-config';
import { type Stack } from '../stack/stack';
import { type Scenario, split } from './scenario';

/** LiteLLM counts `rpm` per calendar minute (UTC `HH-MM` in the Redis key). */
const minuteOf = (date: Date) => date.toISOString().slice(0, 16);

/** Waits for the start of the next minute when less than `neededMs` of this one is left. */
async function roomInThisMinute(neededMs: number): Promise<number> {
  const now = Date.now();
  const left = 60_000 - (now % 60_000);
  if (left >= neededMs) return 0;
  await new Promise((resolve) => setTimeout(resolve, left + 500));
  return left + 500;
}

/**
 * LiteLLM counts in each replica's memory and pushes the counts to Redis, and reads them back, once a second
 * (`DEFAULT_REDIS_SYNC_INTERVAL`): requests closer together than that are admitted on the replica's own
 * count. So the chats go one after another, each after the previous one's sync.
 */
const paceMs = 1300;

/**
 * The limited deployment admits `rpm` model calls a minute across both replicas: more than `rpm` requests
 * reach each replica, so replicas that counted alone would admit up to twice the limit. Every request
 * past it ends as `rate_limited`; the upstream's own count of calls is the number admitted.
 */
export function rateLimitScenario(rpm: number): Scenario {
  const sent = rpm * 3 + 1;
  const name = `rpm ${rpm} across both replicas (shared in Redis)`;
  return {
    name,
    run: async (stack: Stack) => {
      const waitedMs = await roomInThisMinute(sent * (paceMs + 2000) + 3000);
      const before = stack.upstream.simulator.chatRequests.length;
      await stack.replicaLog.take();
      const began = new Date();
      const outcomes: ChatOutcome[] = [];
      for (let index = 0; index < sent; index += 1) {
        if (index > 0) await new Promise((resolve) => setTimeout(resolve, paceMs));
        outcomes.push(
          await runChat({ frontUrl: stack.frontUrl, model: scaleModels.limited, question: `Hello number ${index}`, stream: false, tools: [], timeoutMs: 10_000 }),
        );
      }
      const ended = new Date();
      const admitted = stack.upstream.simulator.chatRequests.slice(before).filter((request) => request.model === scaleModels.limited).length;
      const completed = outcomes.filter((outcome) => outcome.end === 'finish').length;
      const limited = outcomes.filter((outcome) => outcome.code === 'rate_limited').length;
      const perReplica = countBy(await stack.replicaLog.take(), stack.replicas);
      const replicaNames = stack.replicas.map((replica) => replica.name);
      const oneMinute = minuteOf(began) === minuteOf(ended);
      const eachOverLimit = [...perReplica.values()].every((count) => count > rpm);
      return {
        name,
        passed: oneMinute && admitted <= rpm && admitted > 0 && completed === admitted && completed + limited === sent && eachOverLimit,
        figures:
          `${sent} chats ${paceMs / 1000} s apart within minute ${minuteOf(began).slice(11)} UTC (waited ${(waitedMs / 1000).toFixed(1)} s for it): ` +
          `${admitted} admitted by the upstream's count, ${completed} completed, ${limited} rate_limited; ` +
          `requests per replica ${split(perReplica, replicaNames)} (client retries included) in ` +
          `${((ended.getTime() - began.getTime()) / 1000).toFixed(1)} s`,
      };
    },
  };
}
