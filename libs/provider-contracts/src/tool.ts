import { z } from 'zod';

/** OpenAI's rule for function names, which every OpenAI-compatible backend enforces. */
export const ToolName = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ or -, at most 64');

/** A JSON Schema object, passed to the model as it is. */
export const JsonSchema = z.record(z.string(), z.unknown());
export type JsonSchema = z.infer<typeof JsonSchema>;

export const ToolDefinition = z.object({
  name: ToolName,
  description: z.string().optional(),
  /** JSON Schema of the arguments object. */
  parameters: JsonSchema,
});
export type ToolDefinition = z.infer<typeof ToolDefinition>;

/** `auto`: the model decides; `none`: no tools; `required`: some tool; `{type:'tool'}`: that tool. */
export const ToolChoice = z.union([
  z.enum(['auto', 'none', 'required']),
  z.object({ type: z.literal('tool'), name: ToolName }),
]);
export type ToolChoice = z.infer<typeof ToolChoice>;
