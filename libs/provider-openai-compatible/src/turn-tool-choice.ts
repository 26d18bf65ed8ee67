import { type ToolChoice } from '@modelgate/provider-contracts';

/**
 * The tool choice of one turn: a forced tool (`required` or a named one) is forced on the first turn only,
 * or the model could never stop calling it; later turns go back to `auto`. The final turn after the loop
 * limit sends `none`, with the tools still listed so the history stays valid.
 */
export function toolChoiceForTurn(
  requested: ToolChoice | undefined,
  turn: number,
  final: boolean,
): ToolChoice | undefined {
  if (final) return 'none';
  if (turn === 1 || requested === undefined || requested === 'none') return requested;
  return 'auto';
}
