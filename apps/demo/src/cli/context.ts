import { type Logger as Pino } from 'pino';
import { type Demo } from '../app/open-demo';
import { type Paint, type Terminal } from './terminal';

/** What the CLI gets from the process: streams, environment, Ctrl-C, and where the built page is. */
export interface CliRuntime extends Terminal {
  /** Aborted on SIGINT/SIGTERM: stops a chat (exit 130) or shuts `serve` down (exit 0). */
  signal: AbortSignal;
  /** Folder of the built page, for `serve`. */
  webRoot?: string;
}

/** What a command runs with. */
export interface CommandContext extends CliRuntime {
  demo: Demo;
  logger: Pino;
  paint: Paint;
}
