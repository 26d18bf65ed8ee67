import { ProcessGroup } from '../proxy/process-group';

const exitCodes = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * While a run is live, SIGINT and SIGTERM stop it cleanly (`cleanup`, then exit 130/143), and an exit for
 * any other reason (an uncaught error, `process.exit`) still kills every process group synchronously, so the
 * proxy never outlives the runner. Returns a function that removes the handlers.
 */
export function stopEverythingOnExit(cleanup: () => Promise<void>, log: (line: string) => void): () => void {
  const handlers = (Object.keys(exitCodes) as Array<keyof typeof exitCodes>).map((signal) => {
    const handler = () => {
      log(`conformance: ${signal} received, stopping the proxy`);
      void cleanup().finally(() => process.exit(exitCodes[signal]));
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  process.once('exit', ProcessGroup.killAllNow);
  return () => {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
    process.removeListener('exit', ProcessGroup.killAllNow);
  };
}
