import { ProviderError } from '@modelgate/provider-contracts';
import { LITELLM_PROVIDER_ID } from '@modelgate/provider-litellm';
import { type CommandContext } from './context';
import { UsageError } from './parse-command';

/** The key in the variable `--key-env` names, for a call to `model`; a call with it is a LiteLLM call. */
export function keyFromEnv(context: CommandContext, keyEnv: string | undefined, model: string): string | undefined {
  if (keyEnv === undefined) return undefined;
  const key = context.env[keyEnv];
  if (key === undefined || key.trim() === '' || /\s/.test(key)) {
    // A usage error (exit 2), like any other mistake on the command line: the variable named is not there.
    throw new UsageError(`--key-env: ${keyEnv} is not set (or holds spaces)`);
  }
  const other = context.demo.gateways.find((gateway) => gateway.kind.id !== LITELLM_PROVIDER_ID && model.startsWith(`${gateway.kind.id}/`));
  if (other !== undefined) {
    throw new ProviderError({ code: 'bad_request', message: `--key-env holds a LiteLLM key: it cannot call ${model}` });
  }
  return key;
}
