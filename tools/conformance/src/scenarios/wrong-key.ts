import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import type { ProviderError } from '@modelgate/provider-contracts';
import { mockChat } from '../proxy/proxy-models';
import { connect, failure, modelId, RecordingLogger, streamFailure, userSays } from './modelgate';
import type { Scenario } from './scenario';

/**
 * A key the proxy does not know. Without a database, LiteLLM 1.83 answers it with `400 no_db_connection`
 * (FINDINGS.md), not 401: discovery and chat must still say `unauthorized`, and the key must appear in no
 * message, serialised error, report, store state or log line.
 */
export const wrongKeyScenario: Scenario = {
  name: 'a wrong key is unauthorized for discovery and chat, and appears nowhere',
  run: async (context) => {
    const wrongKey = `sk-conformance-wrong-${randomBytes(12).toString('hex')}`;
    const traces = [wrongKey, wrongKey.slice(-12)];
    const logger = new RecordingLogger();
    const gate = await connect(context, { apiKey: wrongKey, logger });

    const [report] = await gate.discovery.refresh();
    assert.deepEqual(
      { status: report?.status, code: report?.error?.code, models: report?.models },
      { status: 'unauthorized', code: 'unauthorized', models: [] },
    );

    const request = { model: modelId(mockChat.id), messages: userSays('hello') };
    const plain = await failure(gate.execution.chat(request));
    const { error: streamed } = await streamFailure(gate.execution.stream(request));
    for (const error of [plain, streamed]) {
      assert.deepEqual(pick(error), { code: 'unauthorized', retryable: false, message: 'The gateway rejected the API key' });
    }

    const outputs = [
      JSON.stringify(report),
      JSON.stringify(gate.store.getState()),
      JSON.stringify(logger.lines),
      ...[plain, streamed].flatMap((error) => [error.message, JSON.stringify(error), String(error.stack), inspect(error, { depth: 10 })]),
    ];
    assert.ok(logger.lines.length > 0, 'the failures were logged');
    for (const output of outputs) for (const trace of traces) assert.ok(!output.includes(trace), 'the wrong key leaked');
  },
};

function pick(error: ProviderError) {
  return { code: error.code, retryable: error.retryable, message: error.message };
}
