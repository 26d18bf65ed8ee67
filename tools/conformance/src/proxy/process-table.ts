import { readdirSync, readFileSync } from 'node:fs';

/**
 * Liveness from /proc on Linux. `kill(pid, 0)` alone is not enough here: a killed process whose parent is
 * gone stays a zombie until init reaps it, and in a container init may never do so, so a zombie counts as
 * gone. Where there is no /proc, `kill(pid, 0)` is the answer.
 */
export function isProcessAlive(pid: number): boolean {
  const stat = readStat(pid);
  if (stat !== undefined) return stat.state !== 'Z';
  return signalZeroSucceeds(pid);
}

/** True while any process of group `pgid` is alive and not a zombie. */
export function groupHasLiveMembers(pgid: number): boolean {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return signalZeroSucceeds(-pgid);
  }
  return entries.some((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    const stat = readStat(Number(entry));
    return stat !== undefined && stat.pgrp === pgid && stat.state !== 'Z';
  });
}

interface Stat {
  readonly state: string;
  readonly pgrp: number;
}

/** `/proc/<pid>/stat` is `pid (comm) state ppid pgrp ...`; comm may hold spaces and parentheses. */
function readStat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', pgrp: Number(fields[2]) };
}

function signalZeroSucceeds(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
