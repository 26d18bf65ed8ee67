import { toModelsOverview } from '../../shared/models-response';
import { type CommandContext } from '../context';
import { discoverModels, discoveryFailures } from '../discover';
import { formatModelsTable } from '../models-table';
import { formatFailure } from '../report-failure';

/**
 * `models [--json]`: the chat models every configured provider serves. One provider that fails does not hide
 * the other's models: they are listed, the failure is reported in one line on stderr, and the exit code is
 * 1. `--json` prints the models overview, failures included.
 */
export async function runModels(context: CommandContext, options: { json: boolean }): Promise<number> {
  const { demo } = context;
  const reports = await discoverModels(context);
  const nameOf = (providerId: string) => demo.modelgate.registry.getProvider(providerId).name;
  const overview = toModelsOverview(reports, nameOf);
  const failures = discoveryFailures(reports, demo);
  if (options.json) {
    context.stdout.write(`${JSON.stringify(overview, null, 2)}\n`);
  } else if (overview.models.length > 0) {
    context.stdout.write(`${formatModelsTable(overview.models, nameOf)}\n`);
  } else if (failures.length === 0) {
    const servers = demo.gateways.map((gateway) => gateway.kind.label).join(' and the ');
    context.stdout.write(`The ${servers} ${demo.gateways.length > 1 ? 'serve' : 'serves'} no chat models.\n`);
  }
  for (const failure of failures) context.stderr.write(formatFailure(failure, demo.config.debug));
  return failures.length > 0 ? 1 : 0;
}
