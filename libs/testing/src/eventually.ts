/**
 * Waits until `check` holds (an effect that lands after a socket or timer event, not a timing), polling every
 * 10 ms; fails naming `what` after `limitMs`, sized for a loaded machine.
 */
export async function eventually(check: () => boolean, what: string, limitMs = 5000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what} after ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
