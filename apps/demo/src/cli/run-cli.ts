import { describeGateways } from '../app/announce';
import { type Demo, openDemo } from '../app/open-demo';
import { type DemoConfig, loadConfig } from '../config/config';
import { createDemoLogger } from '../logging/logger';
import { runChat } from './commands/chat';
import { runEmbed } from './commands/embed';
import { runModels } from './commands/models';
import { runServe } from './commands/serve';
import { runTour } from './commands/tour';
import { type CliRuntime, type CommandContext } from './context';
import { type CliCommand, USAGE, parseCommand } from './parse-command';
import { exitCodeFor, formatFailure } from './report-failure';
import { paintFor } from './terminal';
import { loadOtelConfig } from '../telemetry/otel-env';
import { type DemoOtel, startOtel } from '../telemetry/start-otel';

function runCommand(command: Exclude<CliCommand, { name: 'help' }>, context: CommandContext): Promise<number> {
  switch (command.name) {
    case 'tour':
      return runTour(context, command);
    case 'models':
      return runModels(context, command);
    case 'chat':
      return runChat(context, command);
    case 'embed':
      return runEmbed(context, command);
    case 'serve':
      return runServe(context, command);
  }
}

/** The CLI: parses, configures, runs one command, and turns any failure into one line and an exit code. */
export async function runCli(argv: readonly string[], runtime: CliRuntime): Promise<number> {
  let config: DemoConfig | undefined;
  let demo: Demo | undefined;
  let otel: DemoOtel | undefined;
  let phase: 'setup' | 'run' = 'setup';
  try {
    const command = parseCommand(argv);
    if (command.name === 'help') {
      runtime.stdout.write(USAGE);
      return 0;
    }
    config = loadConfig(runtime.env);
    // Logs go to stderr as JSON lines: off for one-shot commands and warnings only for `serve` (failed calls),
    // so the output stays readable and parseable; DEBUG shows everything, requests included.
    const logger = createDemoLogger({ level: config.debug ? 'debug' : command.name === 'serve' ? 'warn' : 'silent' });
    otel = startOtel(loadOtelConfig(runtime.env));
    demo = await openDemo(config, logger, otel.options);
    runtime.stderr.write(`${describeGateways(demo.gateways, config)}\n`);
    phase = 'run';
    return await runCommand(command, { ...runtime, demo, logger, paint: paintFor(runtime) });
  } catch (error) {
    runtime.stderr.write(formatFailure(error, config?.debug ?? false));
    return exitCodeFor(error, phase);
  } finally {
    await demo?.close();
    // After the demo closed: its last spans (discovery, the chat) are ended, so the flush carries them.
    await otel?.shutdown();
  }
}
