import { z } from 'zod';
import { Cost } from './cost';
import { GatewayMetadata } from './gateway-metadata';
import { Timing } from './timing';
import { Usage } from './usage';

export const EmbeddingResult = z.object({
  /** One vector per input text, in the order of the request's `input`, whatever order batches came back in. */
  embeddings: z.array(z.array(z.number())),
  /** Length of each vector. */
  dimensions: z.number().int().nonnegative(),
  /** Input tokens summed over every batch; output tokens are `null` (an embedding produces none). */
  usage: Usage,
  /** For every batch; a source only when every batch had it, else the next source, else unknown. */
  cost: Cost,
  /** `segments` has one `model` segment per batch, `turn` being the batch's number from 1. */
  timing: Timing,
  /** Prefixed model id as requested. */
  model: z.string(),
  provider: z.string(),
  /** Requests the inputs were split into (1 for a small input). */
  batches: z.number().int().positive(),
  /** The headers of the last batch to answer. */
  gateway: GatewayMetadata,
});
export type EmbeddingResult = z.infer<typeof EmbeddingResult>;
