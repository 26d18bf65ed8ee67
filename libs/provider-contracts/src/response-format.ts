import { z } from 'zod';
import { JsonSchema } from './tool';

/** Something that can check a parsed value: a zod schema fits, and so does any object with `safeParse`. */
export interface OutputValidator {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export const ResponseFormat = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  /** Any JSON object; the answer is parsed but not checked. */
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    schema: JsonSchema,
    strict: z.boolean().optional(),
    /** Checks the parsed answer on our side too, since gateways do not all enforce the schema. */
    validator: z.custom<OutputValidator>((v) => typeof (v as OutputValidator | null)?.safeParse === 'function').optional(),
  }),
]);
export type ResponseFormat = z.infer<typeof ResponseFormat>;

/** A `json_schema` response format from a zod schema: its JSON Schema goes to the model, the schema checks the answer. */
export function responseFormatFromZod(name: string, schema: z.ZodType): ResponseFormat {
  return { type: 'json_schema', name, schema: z.toJSONSchema(schema) as JsonSchema, strict: true, validator: schema };
}
