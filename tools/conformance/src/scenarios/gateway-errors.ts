import assert from 'node:assert/strict';
import type { ProviderErrorCode } from '@modelgate/provider-contracts';
import { mockErrors } from '../proxy/proxy-models';
import { connect, failure, modelId, streamFailure, userSays } from './modelgate';
import type { Scenario } from './scenario';

interface ExpectedError {
  readonly name: string;
  readonly model: string;
  readonly code: ProviderErrorCode;
  readonly status: number;
  readonly retryable: boolean;
}

/**
 * The proxy's own error forms (`mock_response` strings), each raised before the first byte and therefore an
 * HTTP status with a JSON body for plain and streamed calls alike (FINDINGS.md). The proxy passes on no
 * `retry-after` with its 429, so the wait stays unknown.
 */
const EXPECTED: readonly ExpectedError[] = [
  { name: 'a 429 is rate_limited and retryable', model: mockErrors.rateLimit.id, code: 'rate_limited', status: 429, retryable: true },
  { name: 'a 500 is a retryable upstream failure', model: mockErrors.serverError.id, code: 'upstream', status: 500, retryable: true },
  {
    // Anthropic's "overloaded" status, which LiteLLM's mid-stream mock raises before its first chunk.
    name: 'a 529 (overloaded) is a retryable upstream failure',
    model: mockErrors.streamError.id,
    code: 'upstream',
    status: 529,
    retryable: true,
  },
  {
    name: 'an exceeded context window is context_window_exceeded',
    model: mockErrors.contextWindow.id,
    code: 'context_window_exceeded',
    status: 400,
    retryable: false,
  },
];

export const gatewayErrorScenarios: Scenario[] = EXPECTED.map((expected) => ({
  name: `${expected.name}, plain and streamed`,
  run: async (context) => {
    const gate = await connect(context);
    const request = { model: modelId(expected.model), messages: userSays('hello') };
    const plain = await failure(gate.execution.chat(request));
    const { error: streamed } = await streamFailure(gate.execution.stream(request));
    for (const error of [plain, streamed]) {
      assert.deepEqual(
        { code: error.code, status: error.status, retryable: error.retryable, retryAfterMs: error.retryAfterMs },
        { code: expected.code, status: expected.status, retryable: expected.retryable, retryAfterMs: null },
      );
      assert.match(error.requestId ?? '', /^[0-9a-f-]{36}$/, 'the call id is kept to quote');
    }
  },
}));
