import { pino, type DestinationStream, type Level, type Logger as Pino } from 'pino';
import { type Logger, redactSecrets } from '@modelgate/provider-contracts';

/**
 * Fields that may hold a key, a credential or a prompt, wherever they appear in a log line. Libraries log no
 * bodies already; this is the second line of defence at the edge.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-litellm-api-key"]',
  'headers.authorization',
  'authorization',
  'apiKey',
  'api_key',
  'key',
  'token',
  'messages',
  'prompt',
  'body',
  '*.authorization',
  '*.apiKey',
  '*.api_key',
  '*.key',
  '*.token',
  '*.messages',
  '*.prompt',
  '*.body',
];

export interface DemoLoggerOptions {
  level: Level | 'silent';
  /** Where lines go; stderr by default, so `--json` output on stdout stays one clean document. */
  destination?: DestinationStream;
}

export function createDemoLogger(options: DemoLoggerOptions): Pino {
  return pino(
    {
      level: options.level,
      base: { service: 'modelgate-demo' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      hooks: {
        // Messages are free text: a key that slipped into one (an upstream error echoing it) is cut here.
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactSecrets(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** The contracts' Logger over pino, for the libraries. */
export function toModelgateLogger(logger: Pino): Logger {
  return {
    debug: (fields, message) => logger.debug(fields, message),
    info: (fields, message) => logger.info(fields, message),
    warn: (fields, message) => logger.warn(fields, message),
    error: (fields, message) => logger.error(fields, message),
  };
}
