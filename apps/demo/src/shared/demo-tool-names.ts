/**
 * The names of the tools the demo server offers, for the page to ask for them. The definitions and the code
 * stay on the server (`tools/demo-toolset.ts`); a spec keeps this list equal to them.
 */
export const DEMO_TOOL_NAMES = ['calculator', 'convert_units'] as const;
