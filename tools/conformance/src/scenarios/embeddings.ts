import assert from 'node:assert/strict';
import { type Fault } from '@modelgate/gateway-simulator';
import { embedder, simulated } from '../proxy/proxy-models';
import { connectDiscovered, failure, modelId, userSays } from './modelgate';
import { isNewerRelease } from './release';
import type { Scenario, ScenarioContext } from './scenario';

const EMBEDDER = modelId(embedder.id);

/**
 * Both releases' embedding route calls its upstream through the Python openai client with that client's own
 * retries (2, `x-stainless-retry-count`), whatever `num_retries: 0` says, where chat makes one call
 * (FINDINGS.md): a failure the proxy passes on takes three failed upstream answers in a row.
 */
const UPSTREAM_ATTEMPTS = 3;
const failing = (fault: Fault): Fault[] => Array.from({ length: UPSTREAM_ATTEMPTS }, () => fault);

/** Embedding requests the upstream (or the simulated proxy) has seen. */
const embeddingCalls = (context: ScenarioContext) => context.simulator.requests.filter((request) => request.path.endsWith('/embeddings'));

/**
 * The vectors the upstream itself makes for these texts, asked for as floats, past the proxy, as JSON text:
 * compared as text, since arrays parsed by `fetch` and by the SDK need not share a realm (jest's sandbox).
 */
async function upstreamVectors(context: ScenarioContext, input: string[]): Promise<string> {
  const response = await fetch(`${context.simulatorUrl}/v1/embeddings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${context.masterKey}` },
    body: JSON.stringify({ model: embedder.id, input, encoding_format: 'float' }),
  });
  assert.equal(response.status, 200, 'the upstream embeds');
  return JSON.stringify(((await response.json()) as { data: { embedding: number[] }[] }).data.map((item) => item.embedding));
}

export const embeddingScenarios: Scenario[] = [
  {
    name: 'embeddings: the embedding model is discovered with its mode, dimensions and price; embed returns the vectors in order, with usage and cost',
    run: async (context) => {
      context.simulator.reset();
      const gate = await connectDiscovered(context);
      const model = gate.registry.getModel(EMBEDDER);
      assert.deepEqual(
        model && { mode: model.mode, dimensions: model.dimensions, contextWindow: model.contextWindow, input: model.pricing.inputPerToken },
        { mode: 'embedding', dimensions: embedder.dimensions, contextWindow: embedder.maxInputTokens, input: embedder.inputCostPerToken },
      );
      const input = ['ab', 'cde'];
      const result = await gate.execution.embed({ model: EMBEDDER, input });
      assert.equal(result.dimensions, embedder.dimensions);
      // base64 on the wire, decoded: exactly the floats the upstream makes for these texts.
      assert.equal(JSON.stringify(result.embeddings), await upstreamVectors(context, input));
      const sent = embeddingCalls(context)[0]?.body as { input?: unknown; encoding_format?: unknown } | undefined;
      assert.deepEqual(sent?.input, input, 'the texts reach the upstream as a list');
      assert.ok(result.usage.inputTokens !== null && result.usage.inputTokens > 0, `usage ${JSON.stringify(result.usage)}`);
      assert.equal(result.cost.source, 'gateway-header', `cost ${JSON.stringify(result.cost)}`);
      const expected = (result.usage.inputTokens ?? 0) * embedder.inputCostPerToken;
      assert.ok(Math.abs((result.cost.usd ?? NaN) - expected) < 1e-12, `cost ${result.cost.usd} against ${expected} (tokens x price)`);
      assert.ok(result.gateway.callId, 'the call id header');
    },
  },
  {
    name: 'embeddings: inputs split into batches come back in input order; a failed batch fails the call naming its inputs',
    run: async (context) => {
      context.simulator.reset();
      // One batch at a time, so the upstream answers them in order and the scripted failure hits the second.
      const gate = await connectDiscovered(context, { embeddingBatchSize: 2, embeddingConcurrency: 1 });
      const input = ['one', 'two', 'three', 'four', 'five'];
      const batched = await gate.execution.embed({ model: EMBEDDER, input });
      assert.equal(batched.batches, 3);
      assert.deepEqual(embeddingCalls(context).map((request) => (request.body as { input: string[] }).input), [['one', 'two'], ['three', 'four'], ['five']]);
      assert.equal(JSON.stringify(batched.embeddings), await upstreamVectors(context, input));

      context.simulator.reset();
      context.simulator.enqueue(embedder.id, {}, ...failing({ fault: 'server-error' }));
      const error = await failure(gate.execution.embed({ model: EMBEDDER, input }));
      assert.deepEqual({ code: error.code, retryable: error.retryable }, { code: 'upstream', retryable: true }, error.message);
      assert.match(error.message, /^Embedding inputs 2-3 of 5 \(batch 2 of 3\) failed: /);
    },
  },
  {
    name: 'embeddings: an embedding call to a chat model and a chat to an embedding model are refused before any request leaves',
    run: async (context) => {
      const gate = await connectDiscovered(context);
      context.simulator.reset();
      const toChat = await failure(gate.execution.embed({ model: modelId(simulated.id), input: 'hi' }));
      const toEmbedder = await failure(gate.execution.chat({ model: EMBEDDER, messages: userSays('hi') }));
      for (const error of [toChat, toEmbedder]) {
        assert.deepEqual({ code: error.code, status: error.status, retryable: error.retryable }, { code: 'bad_request', status: null, retryable: false });
      }
      assert.deepEqual(context.simulator.requests, [], 'no request left');
    },
  },
  {
    name: 'embeddings: an upstream 429 is rate_limited once the proxy has spent its own retries, with its wait on 1.108 (none on 1.83)',
    run: async (context) => {
      context.simulator.reset();
      const gate = await connectDiscovered(context);
      context.simulator.enqueue(embedder.id, ...failing({ fault: 'rate-limit', retryAfterSeconds: 1 }), { usage: { prompt_tokens: 42 } });
      const error = await failure(gate.execution.embed({ model: EMBEDDER, input: 'hi' }));
      // 1.83 drops the upstream's wait on embeddings (chat passes it on); 1.108 sends it as llm_provider-retry-after.
      const retryAfterMs = isNewerRelease(context.proxyVersion) ? 1000 : null;
      assert.deepEqual({ code: error.code, status: error.status, retryAfterMs: error.retryAfterMs }, { code: 'rate_limited', status: 429, retryAfterMs });
      // The three failures went to that one call: the next one gets the answer queued after them.
      const next = await gate.execution.embed({ model: EMBEDDER, input: 'hi' });
      assert.equal(next.usage.inputTokens, 42);
    },
  },
];
