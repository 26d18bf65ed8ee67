import type { ToolDefinition } from './tool';

export interface ToolCallContext {
  /** Aborted when the call is aborted or times out, or the tool's own timeout passes. */
  signal: AbortSignal;
  toolCallId: string;
  /** Prefixed model id. */
  model: string;
  turn: number;
}

/**
 * Runs the tools a model asks for. `execute` returns the result to send back (strings as they are, anything
 * else as JSON); a thrown error goes back to the model as that call's error, it does not end the loop.
 */
export interface ToolExecutor {
  /** Definitions of the tools this executor knows, to offer to the model. */
  definitions(): readonly ToolDefinition[];
  execute(name: string, args: unknown, context: ToolCallContext): Promise<unknown>;
}
export const ToolExecutor = Symbol.for('modelgate.ToolExecutor');
