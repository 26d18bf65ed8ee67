import { toModelsResponse } from '../../shared/models-response';
import { type CommandContext } from '../context';
import { discoverModels, discoveryFailure } from '../discover';
import { formatModelsTable } from '../models-table';

/**
 * `models [--json]`: the chat models the proxy serves. `--json` prints the HTTP API's models contract, also
 * when discovery failed (with its `error`); the exit code says which it was.
 */
export async function runModels(context: CommandContext, options: { json: boolean }): Promise<number> {
  const report = await discoverModels(context);
  const response = toModelsResponse(report);
  const failure = discoveryFailure(report, context.demo.gateway.baseUrl);
  if (options.json) context.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
  if (failure) throw failure;
  if (!options.json) {
    context.stdout.write(
      response.models.length === 0 ? 'The proxy serves no chat models.\n' : `${formatModelsTable(response.models)}\n`,
    );
  }
  return 0;
}
