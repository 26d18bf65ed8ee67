import { scriptedReply, startGatewaySimulator, type GatewaySimulator } from '@modelgate/gateway-simulator';
import { scaleModels } from './proxy-config';

/** How the upstream streams its text: characters per chunk and the pause between chunks. */
export interface Pace {
  chunkSize: number;
  chunkDelayMs: number;
}

export interface ScriptedUpstream {
  readonly simulator: GatewaySimulator;
  /** Changed between scenarios: fast for the load, slow enough for a replica to die mid-stream. */
  readonly pace: Pace;
  /** Text answers begun so far for calls sent with `key`: the replica that sends it is streaming text then. */
  answersBegun(key: string): number;
}

/** The key replica `name` sends the upstream, which tells the upstream who is calling. */
export const upstreamKeyOf = (name: string) => `upstream-key-${name}`;

const bearer = (authorization: string | undefined) => authorization?.replace(/^Bearer\s+/i, '') ?? '';

/**
 * The model behind the replicas: the gateway simulator's plain OpenAI-compatible flavour, answering with its
 * scripted brain (`What is 12 * 7?` calls the calculator, then says `The result is 84.`), at a pace the
 * scenario sets.
 */
export async function startUpstream(): Promise<ScriptedUpstream> {
  const pace: Pace = { chunkSize: 4, chunkDelayMs: 0 };
  const answers = new Map<string, number>();
  const reply = (request: Parameters<typeof scriptedReply>[0]) => {
    const scripted = scriptedReply(request);
    if (scripted.text !== undefined) {
      const key = bearer(request.headers['authorization']);
      answers.set(key, (answers.get(key) ?? 0) + 1);
    }
    return { ...scripted, ...pace };
  };
  const simulator = await startGatewaySimulator({
    flavor: 'vllm',
    models: Object.values(scaleModels).map((id) => ({ id, reply })),
  });
  return { simulator, pace, answersBegun: (key) => answers.get(key) ?? 0 };
}

/** The question of chat `index` and the answer it must end with. */
export function question(index: number): { question: string; answer: string } {
  const left = 100 + index;
  return { question: `What is ${left} * 7?`, answer: `The result is ${left * 7}.` };
}
