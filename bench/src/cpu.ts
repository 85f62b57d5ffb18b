import { readdirSync, readFileSync } from 'node:fs';

/*
 * CPU time of processes from /proc (Linux): user + system time, in milliseconds. Unlike wall-clock
 * latency it barely moves when other work shares the machine, so it is the figure to compare
 * between runs and between changes: "CPU ms per request" of each process.
 */

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every Linux we run on). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, in ms. */
  ownMs: number;
  /** cutime + cstime of waited-for children, in ms. */
  childrenMs: number;
}

function readStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: the fields after it start after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const tick = (index: number) => (Number(fields[index]) * 1000) / TICKS_PER_SECOND;
  // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17.
  return { pid, ppid: Number(fields[1]), ownMs: tick(11) + tick(12), childrenMs: tick(13) + tick(14) };
}

/** CPU ms a process has used so far. */
export function processCpuMs(pid: number): number {
  return readStat(pid)?.ownMs ?? Number.NaN;
}

/**
 * CPU ms of a process and all its descendants, living and exited (PostgreSQL: the postmaster,
 * its backends and its background workers).
 */
export function processTreeCpuMs(rootPid: number): number {
  const stats = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readStat(Number(entry)))
    .filter((stat): stat is ProcStat => stat !== undefined);
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const root = stats.find((stat) => stat.pid === rootPid);
  if (!root) return Number.NaN;
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const stat = queue.pop()!;
    total += stat.ownMs + stat.childrenMs;
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return total;
}

/** The processes whose CPU a run accounts for, by name (gateway, each subgraph, postgres, …). */
export type CpuTargets = Record<string, { pid: number; tree?: boolean }>;

export type CpuSnapshot = Record<string, number>;

export function cpuSnapshot(targets: CpuTargets): CpuSnapshot {
  return Object.fromEntries(Object.entries(targets).map(([name, { pid, tree }]) => [name, tree ? processTreeCpuMs(pid) : processCpuMs(pid)]));
}

/** CPU ms per request of each process between two snapshots, and their sum. */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): Record<string, number> {
  const perProcess = Object.fromEntries(Object.keys(before).map((name) => [name, (after[name] - before[name]) / Math.max(1, requests)]));
  return { ...perProcess, total: Object.values(perProcess).reduce((sum, ms) => sum + ms, 0) };
}
