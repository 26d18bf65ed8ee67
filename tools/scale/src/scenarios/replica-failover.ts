import { countBy } from '../report/access-log';
import { upstreamKeyOf } from '../stack/upstream';
import { type Scenario, split } from './scenario';
import { describeTally, failureCodes, streamedChats } from './streamed-chats';

const inFlight = 200;
const afterKill = 100;
const afterRestart = 20;
/** Answers the victim has begun streaming when it is killed. */
const textStreams = 10;
/** About 2 s of text per answer: many are mid-stream when the replica dies. */
const slowChunkMs = 100;

/**
 * A replica dies while streams run through it. Chats whose stream had begun on it end with a typed error
 * (never restarted: that would repeat text); chats it had not yet answered are retried (nginx on a refused
 * connection, the client on nginx's 502) and complete; chats begun after the kill all complete on the other
 * replica. The replica is then started again and takes its share.
 */
export const replicaFailoverScenario: Scenario = {
  name: 'a LiteLLM replica killed mid-run, then restarted',
  run: async (stack) => {
    const [victim, survivor] = stack.replicas;
    if (victim === undefined || survivor === undefined) throw new Error('two replicas are needed');
    Object.assign(stack.upstream.pace, { chunkSize: 1, chunkDelayMs: slowChunkMs });
    await stack.replicaLog.take();
    const victimKey = upstreamKeyOf(victim.name);
    const answeredBefore = stack.upstream.answersBegun(victimKey);
    const during = streamedChats(stack, { count: inFlight, first: 10_000 });
    // The kill waits on the upstream, not on the clients: only there is it known which replica streams what.
    // Once the victim has begun `textStreams` answers, and a few characters of the last have gone out, at
    // least that one is cut mid-text, however the balancer shared out the turns.
    const deadline = performance.now() + 60_000;
    while (stack.upstream.answersBegun(victimKey) - answeredBefore < textStreams) {
      if (performance.now() > deadline) throw new Error(`${victim.name} began no ${textStreams} answers within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, 3 * slowChunkMs));
    const killedAt = stack.upstream.answersBegun(victimKey) - answeredBefore;
    await victim.service.kill();
    const after = await streamedChats(stack, { count: afterKill, first: 20_000 });
    const first = await during;

    const restartBegan = performance.now();
    await victim.restart();
    const restartSeconds = (performance.now() - restartBegan) / 1000;
    // nginx leaves a failed instance out for its fail_timeout (3 s) before trying it again.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await stack.replicaLog.take();
    Object.assign(stack.upstream.pace, { chunkSize: 4, chunkDelayMs: 5 });
    // The first chats after the restart meet nginx's probe of the restarted replica (one request at a time
    // until it answers) and its slow first call; the second wave shows the share it takes once it is back.
    const probed = await streamedChats(stack, { count: afterRestart, first: 30_000 });
    await stack.replicaLog.take();
    const rejoined = await streamedChats(stack, { count: afterRestart, first: 31_000 });
    const perReplica = countBy(await stack.replicaLog.take(), stack.replicas);
    const replicaNames = stack.replicas.map((replica) => replica.name);

    const all = [first, after, probed, rejoined];
    const lost = all.reduce((sum, batch) => sum + batch.tally.lost, 0);
    const duplicated = all.reduce((sum, batch) => sum + batch.tally.duplicated, 0);
    const failed = all.reduce((sum, batch) => sum + batch.tally.failed, 0);
    // The scenario shows nothing about restarts unless the kill cut at least one stream that had yielded.
    const cutAfterText = first.outcomes.filter((outcome) => outcome.end === 'error' && outcome.text !== '').length;
    const passed =
      lost === 0 &&
      duplicated === 0 &&
      cutAfterText > 0 &&
      after.tally.completed === afterKill &&
      probed.tally.completed === afterRestart &&
      rejoined.tally.completed === afterRestart &&
      (perReplica.get(victim.name) ?? 0) > 0;
    return {
      name: replicaFailoverScenario.name,
      passed,
      figures:
        `killed ${victim.name} once it had begun ${killedAt} answers: in flight ${describeTally(first.tally)} ` +
        `(errors: ${failureCodes(first.outcomes)}, ${cutAfterText} after partial text); begun after the kill ${describeTally(after.tally)}; ` +
        `restarted in ${restartSeconds.toFixed(1)} s, then ${describeTally(probed.tally)}, and ${describeTally(rejoined.tally)} with replicas ` +
        `${split(perReplica, replicaNames)} model calls`,
      chats: { chats: inFlight + afterKill + 2 * afterRestart, failed, lost: lost + duplicated },
    };
  },
};
