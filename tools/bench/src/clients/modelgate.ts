import { z } from 'zod';
import { type ChatRequest, type ModelInfo, UNKNOWN_CAPABILITIES, createToolset, defineTool } from '@modelgate/provider-contracts';
import { LITELLM_PROVIDER_ID, litellmModule } from '@modelgate/provider-litellm';
import { createModelgate } from '@modelgate/provider-runtime';
import { EMBEDDING_MODEL, MODEL, TOOL } from '../shared/answers';
import { BENCH_API_KEY, type BenchClient, type CreateClient } from './bench-client';
import { inMemorySdk } from './in-memory-sdk';

const toolset = createToolset([
  defineTool({
    name: TOOL.name,
    description: TOOL.description,
    parameters: z.object({ a: z.number().int(), b: z.number().int() }),
    execute: ({ a, b }) => String(a + b),
  }),
]);

const model = `litellm/${MODEL}`;
const ask = (prompt: string): ChatRequest => ({ model, messages: [{ role: 'user', content: prompt }] });

function syntheticModel(index: number): ModelInfo {
  const name = `synthetic-${index}`;
  return {
    id: `litellm/${name}`,
    provider: LITELLM_PROVIDER_ID,
    name,
    mode: 'chat',
    contextWindow: 128000,
    maxOutputTokens: 16384,
    pricing: { inputPerToken: 1e-7, outputPerToken: 4e-7 },
    capabilities: UNKNOWN_CAPABILITIES,
  };
}

/** modelgate through its public entry points only: `createModelgate` with the LiteLLM module. */
export const createClient: CreateClient = async ({ baseUrl, telemetry }) => {
  const sdk = telemetry ? inMemorySdk() : null;
  const gate = await createModelgate({
    providers: [litellmModule({ baseUrl, apiKey: BENCH_API_KEY, maxRetries: 2, timeoutMs: 60_000 })],
    toolExecutor: toolset,
    ...(sdk && { telemetry: sdk.options }),
  });

  const client: BenchClient = {
    ...(sdk && {
      traced: true as const,
      replayOneCall: (prompt: string) => sdk.replayOf(() => gate.execution.chat(ask(prompt))),
    }),
    async chat(prompt) {
      const { content } = await gate.execution.chat(ask(prompt));
      const flushed = sdk?.ended();
      if (flushed) await flushed;
      return content;
    },
    async stream(prompt, onDelta) {
      for await (const event of gate.execution.stream(ask(prompt))) {
        if (event.type === 'text-delta') onDelta(event.delta);
      }
    },
    async toolRoundTrip(prompt) {
      return (await gate.execution.chat({ ...ask(prompt), tools: [...toolset.definitions()] })).content;
    },
    // Batches of 2,048 texts with 4 in flight are modelgate's defaults.
    async embed(texts) {
      return (await gate.execution.embed({ model: `litellm/${EMBEDDING_MODEL}`, input: [...texts] })).embeddings;
    },
    async discover() {
      const [report] = await gate.discovery.refresh();
      if (report?.status !== 'ready') throw new Error(`discovery ended ${report?.status}: ${report?.error?.message}`);
      return gate.registry.getModels(LITELLM_PROVIDER_ID).length;
    },
    registerModels(count) {
      const models = Array.from({ length: count }, (_, i) => syntheticModel(i));
      gate.registry.setDynamicModels(LITELLM_PROVIDER_ID, models);
      return models.map((m) => m.id);
    },
    resolveModels(ids, rounds) {
      let resolved = 0;
      for (let round = 0; round < rounds; round++) {
        for (const id of ids) if (gate.registry.getProviderFromModel(id).id === LITELLM_PROVIDER_ID) resolved++;
      }
      return resolved;
    },
  };
  return client;
};
