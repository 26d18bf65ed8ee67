import { chunksBefore, type ChatAnswer } from './chat-answer';
import { gatewayHeaders } from './gateway-headers';
import { errors } from './litellm-errors';
import { pythonJson } from './python-json';
import { type StreamEnding, writeSse } from './sse-writer';
import { streamChunks } from './stream-chunks';
import { costFromUsage } from './usage';

function ending(answer: ChatAnswer): StreamEnding {
  const after = chunksBefore(answer.delivery);
  switch (answer.delivery?.fault) {
    case 'stall-body':
      return { kind: 'stall', after };
    case 'cut-stream':
      return { kind: 'cut', after };
    case 'midstream-error': {
      const { body } = errors.midstream(answer.completion.model);
      // The proxy writes this frame with Python's json.dumps; an OpenAI-style server writes compact JSON.
      const frame = answer.headerContext.flavor === 'litellm' ? pythonJson(body) : JSON.stringify(body);
      return { kind: 'error', after, frame };
    }
    case 'malformed-json':
      return { kind: 'malformed', after };
    default:
      return { kind: 'done' };
  }
}

/** Sends a streaming answer: chunk frames, an optional usage chunk, `[DONE]` — or the scripted fault. */
export async function respondStream(answer: ChatAnswer): Promise<void> {
  const { request, reply, completion } = answer;
  const chunks = streamChunks(completion, {
    chunkSize: reply.chunkSize ?? 8,
    includeUsage: request.stream_options?.include_usage === true,
    toolIndexMode: answer.delivery?.fault === 'tool-deltas-index0' ? 'all-zero' : 'per-call',
    flavor: answer.headerContext.flavor,
    usageCost: answer.streamUsageCost ? costFromUsage(completion.usage, answer.prices) : null,
  });
  // No cost header here: the real proxy sends none on streams (issue #12689).
  const headers = { ...gatewayHeaders(answer.headerContext, { kind: 'stream' }), ...reply.headers };
  await writeSse(answer.exchange, headers, chunks, ending(answer), reply.chunkDelayMs ?? 0);
}
