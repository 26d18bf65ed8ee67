import { isProviderError, type ProviderError } from '@modelgate/provider-contracts';

/** The ProviderError `call` throws; fails the test when it returns or throws something else. */
export function thrown(call: () => unknown): ProviderError {
  try {
    call();
  } catch (error) {
    if (isProviderError(error)) return error;
    throw error;
  }
  throw new Error('expected a ProviderError, but nothing was thrown');
}

/** The ProviderError a promise rejects with; fails the test when it resolves or rejects with something else. */
export async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  let settled: unknown;
  try {
    await promise;
  } catch (error) {
    settled = error;
  }
  if (isProviderError(settled)) return settled;
  throw settled ?? new Error('expected a rejection, but the promise resolved');
}
