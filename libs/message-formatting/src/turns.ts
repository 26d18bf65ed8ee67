import { type TextPart } from '@modelgate/provider-contracts';

/** One turn of a role-alternating conversation (Anthropic, Google), before it takes the wire's field names. */
export interface Turn<Role extends string, Item> {
  role: Role;
  items: Item[];
}

/**
 * Adds items as a turn of `role`, merged into the previous turn when it has the same role: both APIs want
 * turns that alternate, and parallel tool results must share one turn. A turn with no items is left out.
 */
export function appendTurn<Role extends string, Item>(
  turns: Turn<Role, Item>[],
  role: Role,
  items: readonly Item[],
): void {
  if (items.length === 0) return;
  const last = turns.at(-1);
  if (last?.role === role) last.items.push(...items);
  else turns.push({ role, items: [...items] });
}

/**
 * The texts of a message, empty ones dropped: Anthropic refuses empty text blocks, and an assistant turn that
 * only called tools often comes back with `content: ''`.
 */
export function nonEmptyTexts(content: string | readonly TextPart[] | null): string[] {
  if (content === null) return [];
  const texts = typeof content === 'string' ? [content] : content.map((part) => part.text);
  return texts.filter((text) => text.length > 0);
}
