import { z } from 'zod';
import type { ProcessGroup } from './process-group';

/** `GET /health/readiness` needs no key; LiteLLM answers `{"status":"healthy","litellm_version":...}`. */
const readinessSchema = z.looseObject({ status: z.string(), litellm_version: z.string().nullish() });
export type Readiness = z.infer<typeof readinessSchema>;

export interface WaitForReadinessOptions {
  readonly baseUrl: string;
  readonly group: ProcessGroup;
  readonly timeoutMs: number;
  readonly pollMs?: number;
}

/**
 * Polls the readiness route until the server says it is healthy. Fails early when the process exits, and
 * at the deadline; either way the message carries the process's last output lines.
 */
export async function waitForReadiness(options: WaitForReadinessOptions): Promise<Readiness> {
  const deadline = Date.now() + options.timeoutMs;
  let lastProblem = 'no answer yet';
  for (;;) {
    const exited = options.group.exited;
    if (exited !== undefined) {
      const how = exited.signal ?? `code ${exited.code}`;
      throw new Error(withOutput(`the proxy exited (${how}) before it was ready`, options.group));
    }
    const answer = await probe(`${options.baseUrl}/health/readiness`);
    if (answer.ready) return answer.readiness;
    lastProblem = answer.problem;
    if (Date.now() >= deadline) {
      const message = `the proxy was not ready within ${options.timeoutMs / 1000} s (last: ${lastProblem})`;
      throw new Error(withOutput(message, options.group));
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
}

type ProbeResult = { ready: true; readiness: Readiness } | { ready: false; problem: string };

async function probe(url: string): Promise<ProbeResult> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = readinessSchema.safeParse(body);
    if (response.ok && parsed.success && parsed.data.status === 'healthy') {
      return { ready: true, readiness: parsed.data };
    }
    return { ready: false, problem: `HTTP ${response.status}` };
  } catch (error) {
    return { ready: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

function withOutput(message: string, group: ProcessGroup): string {
  const tail = group.outputTail();
  return tail === '' ? `${message}; it wrote nothing` : `${message}; its last output:\n${tail}`;
}
