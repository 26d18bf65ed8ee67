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
}

/**
 * The model behind the replicas: the gateway simulator's plain OpenAI-compatible flavour, answering with its
 * scripted brain (`What is 12 * 7?` calls the calculator, then says `The result is 84.`), at a pace the
 * scenario sets.
 */
export async function startUpstream(): Promise<ScriptedUpstream> {
  const pace: Pace = { chunkSize: 4, chunkDelayMs: 0 };
  const reply = (request: Parameters<typeof scriptedReply>[0]) => ({ ...scriptedReply(request), ...pace });
  const simulator = await startGatewaySimulator({
    flavor: 'vllm',
    models: Object.values(scaleModels).map((id) => ({ id, reply })),
  });
  return { simulator, pace };
}

/** The question of chat `index` and the answer it must end with. */
export function question(index: number): { question: string; answer: string } {
  const left = 100 + index;
  return { question: `What is ${left} * 7?`, answer: `The result is ${left * 7}.` };
}
