import { z } from 'zod';
import { ProviderError } from './provider-error';
import { type JsonSchema, type ToolDefinition, ToolName } from './tool';
import type { ToolCallContext, ToolExecutor } from './tool-executor';

/** A tool written in TypeScript: zod parameters, checked before `execute` sees them. */
export interface TypedTool<S extends z.ZodType = z.ZodType> {
  name: string;
  description?: string;
  parameters: S;
  execute(args: z.infer<S>, context: ToolCallContext): Promise<unknown> | unknown;
}

/** Helps inference keep each tool's argument type. */
export function defineTool<S extends z.ZodType>(tool: TypedTool<S>): TypedTool<S> {
  return tool;
}

/**
 * A `ToolExecutor` over typed tools. Arguments that fail a tool's schema and unknown tool names become
 * `tool_failed` errors, which the tool loop sends back to the model as that call's result.
 */
export function createToolset(tools: readonly TypedTool[]): ToolExecutor {
  const byName = new Map<string, TypedTool>();
  for (const tool of tools) {
    // Checked here rather than by the gateway, which would refuse every call that offers the toolset.
    if (!ToolName.safeParse(tool.name).success) throw new Error(`Tool name "${tool.name}" must be 1-64 letters, digits, _ or -`);
    if (byName.has(tool.name)) throw new Error(`Tool "${tool.name}" is defined twice`);
    byName.set(tool.name, tool);
  }
  const definitions: ToolDefinition[] = tools.map((tool) => ({
    name: tool.name,
    ...(tool.description === undefined ? {} : { description: tool.description }),
    // The model writes the arguments, so it is told the input side: a field with a default stays optional.
    parameters: z.toJSONSchema(tool.parameters, { io: 'input' }) as JsonSchema,
  }));
  return {
    definitions: () => definitions,
    async execute(name, args, context) {
      const tool = byName.get(name);
      if (!tool) throw new ProviderError({ code: 'tool_failed', message: `Unknown tool "${name}"` });
      const parsed = tool.parameters.safeParse(args);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        throw new ProviderError({ code: 'tool_failed', message: `Invalid arguments for "${name}": ${issues}` });
      }
      return tool.execute(parsed.data, context);
    },
  };
}
