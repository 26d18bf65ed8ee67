import { readFile } from 'node:fs/promises';

/** Lines of one nginx access log in `accessLogFormat`: `$upstream_addr $status $request_method $uri`. */
export interface BalancedRequest {
  /** The instance that answered: the last one nginx tried. */
  readonly upstream: string;
  readonly status: number;
  readonly method: string;
  readonly uri: string;
}

export function parseAccessLog(text: string): BalancedRequest[] {
  return text.split('\n').flatMap((line) => {
    // `$upstream_addr` lists every instance tried, `a, b`: the answer came from the last.
    const match = /^(.*) (\d{3}) (\S+) (\S+)$/.exec(line.trim());
    if (match === null) return [];
    const [, addresses = '', status = '', method = '', uri = ''] = match;
    return [{ upstream: addresses.split(',').at(-1)?.trim() ?? '', status: Number(status), method, uri }];
  });
}

/** Reads what a log gained since a mark, so each scenario counts only its own requests. */
export class AccessLog {
  private offset = 0;

  constructor(private readonly path: string) {}

  /** A reader of the same log from its first line. */
  fromStart(): AccessLog {
    return new AccessLog(this.path);
  }

  /** Everything logged since the previous call (nginx writes each line when its request ends). */
  async take(): Promise<BalancedRequest[]> {
    const bytes = await readFile(this.path).catch(() => Buffer.alloc(0));
    const fresh = bytes.subarray(this.offset);
    this.offset = bytes.length;
    return parseAccessLog(fresh.toString('utf8'));
  }
}

export interface Named {
  readonly name: string;
  /** `host:port`, as nginx writes `$upstream_addr`. */
  readonly address: string;
}

/** How many requests each instance answered, by name, in the instances' order; other addresses are left out. */
export function countBy(requests: readonly BalancedRequest[], instances: readonly Named[]): Map<string, number> {
  const counts = new Map<string, number>(instances.map((instance) => [instance.name, 0]));
  const names = new Map(instances.map((instance) => [instance.address, instance.name]));
  for (const request of requests) {
    const name = names.get(request.upstream);
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}
