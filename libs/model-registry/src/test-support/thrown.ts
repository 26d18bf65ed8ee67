import { ProviderError } from '@modelgate/provider-contracts';

/** The ProviderError `call` throws; fails the test when it returns or throws something else. */
export function thrown(call: () => unknown): ProviderError {
  try {
    call();
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a ProviderError, but the call returned');
}
