import { z } from 'zod';
import { AttributionFields, checkAttribution } from './attribution';
import { Credentials } from './credentials';

/** An embedding call. Strict, as a chat call is: a field modelgate does not know is a `bad_request`. */
export const EmbeddingRequest = z
  .strictObject({
    /** Prefixed model id as the registry knows it, e.g. `litellm/text-embedding-3-small`. */
    model: z.string().min(1),
    /** One text or several; the result has one vector per text, in this order. An empty text is refused. */
    input: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    /** Length of each vector, for models that can shorten theirs (`text-embedding-3-*`); default: the model's. */
    dimensions: z.number().int().positive().optional(),
    /**
     * What the caller gets: `float` only. The engine may ask the server for base64 on the wire and decode it,
     * so this never changes the result's shape.
     */
    encodingFormat: z.literal('float').optional(),
    ...AttributionFields,
    /** The key of this call instead of the provider module's (a tenant's virtual key); see `Credentials`. */
    credentials: Credentials.optional(),
    /** For the whole call, every batch included; default from the provider's configuration. */
    timeoutMs: z.number().int().positive().optional(),
    signal: z.instanceof(AbortSignal).optional(),
  })
  .superRefine(checkAttribution);
export type EmbeddingRequest = z.infer<typeof EmbeddingRequest>;

/** The request's texts as a list, one string or many. */
export function embeddingInputs(request: Pick<EmbeddingRequest, 'input'>): readonly string[] {
  return typeof request.input === 'string' ? [request.input] : request.input;
}
