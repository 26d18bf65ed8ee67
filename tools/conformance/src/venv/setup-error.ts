/**
 * The suite cannot run on this machine (no suitable Python, failed install, proxy did not start). The runner
 * prints the message as is, with a pointer to the Node-only tests, and exits non-zero.
 */
export class SetupError extends Error {
  override readonly name = 'SetupError';
}
