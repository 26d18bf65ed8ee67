import { type ToolExecutor, createToolset } from '@modelgate/provider-contracts';
import { calculatorTool } from './calculator';
import { convertUnitsTool } from './convert-units';

/** The tools the server offers; clients name them, they never send definitions or code of their own. */
export const DEMO_TOOLS = [calculatorTool, convertUnitsTool];

export function createDemoToolset(): ToolExecutor {
  return createToolset(DEMO_TOOLS);
}
