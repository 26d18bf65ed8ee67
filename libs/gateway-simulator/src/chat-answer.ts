import { type RecordedChatRequest } from './chat-request';
import { type Completion } from './completion';
import { type Exchange } from './exchange';
import { type GatewayHeaderContext } from './gateway-headers';
import { type Fault, type Reply } from './reply';
import { type Prices } from './usage';

/** Faults that change how an answer is delivered rather than replacing it with an error. */
export type DeliveryFault = Extract<
  Fault,
  {
    fault:
      | 'stall-headers'
      | 'stall-body'
      | 'cut-stream'
      | 'midstream-error'
      | 'malformed-json'
      | 'tool-deltas-index0'
      | 'missing-tool-ids';
  }
>;

/** Everything the JSON and SSE writers need to send one chat answer. */
export interface ChatAnswer {
  exchange: Exchange;
  request: RecordedChatRequest;
  reply: Reply;
  completion: Completion;
  delivery: DeliveryFault | null;
  /** The gateway header context, minus what the writer adds (cost). */
  headerContext: GatewayHeaderContext;
  prices: Prices;
  /** Whether a stream's usage chunk carries `usage.cost` (LiteLLM 1.108). */
  streamUsageCost?: boolean;
}

/** How many chunks a partial-delivery fault lets through first. */
export function chunksBefore(delivery: DeliveryFault | null): number {
  return delivery !== null && 'afterChunks' in delivery ? (delivery.afterChunks ?? 1) : 1;
}
