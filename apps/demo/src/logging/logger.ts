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

/** A request as logged: method and path; the query string is cut (a client's `?token=` must not land here). */
export function redactQuery(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? url : `${url.slice(0, at)}?[redacted]`;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  id?: unknown;
}

/**
 * Fastify logs `{req}` and `{res}` per request, and `{err}` for a crash. These pick the fields that cannot
 * hold a secret: no headers (Authorization, cookies), no query string, no body; an error keeps its type,
 * its code and its message and stack with keys cut out.
 */
export const SERIALIZERS = {
  req: (request: LoggedRequest) => ({ id: request.id, method: request.method, url: redactQuery(request.url ?? '') }),
  res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
  err: (error: unknown) => {
    if (!(error instanceof Error)) return { message: redactSecrets(String(error)) };
    const { code } = error as { code?: unknown };
    return { type: error.name, code, message: redactSecrets(error.message), stack: redactSecrets(error.stack ?? '') };
  },
};

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
      serializers: SERIALIZERS,
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
