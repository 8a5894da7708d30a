import { readFileSync } from 'node:fs';

export interface ProcStatus {
  /** Resident memory now, in kB (VmRSS). */
  readonly rssKb: number;
  /** Highest resident memory since the process started, in kB (VmHWM). */
  readonly hwmKb: number;
  /** User plus system CPU time the process used so far, in seconds. */
  readonly cpuSeconds: number;
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ): 100 on every Linux this runs on. */
const ticksPerSecond = 100;

/**
 * Reads a process's memory and CPU time from /proc; undefined once the process is gone (or on a system
 * without /proc), so a sampler can simply skip it.
 */
export function readProcStatus(pid: number): ProcStatus | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM'), cpuSeconds: readStatCpuSeconds(`/proc/${pid}/stat`) };
  } catch {
    return undefined;
  }
}

/**
 * CPU time of a process's main thread alone (the one that runs JavaScript), in seconds; undefined once it is
 * gone. What a CPU profile of the process can be set beside: its other threads (garbage collection, compilers,
 * the thread pool) are not sampled.
 */
export function readMainThreadCpuSeconds(pid: number): number | undefined {
  try {
    return readStatCpuSeconds(`/proc/${pid}/task/${pid}/stat`);
  } catch {
    return undefined;
  }
}

/** User plus system CPU seconds from a /proc stat file, a process's or one thread's. */
function readStatCpuSeconds(path: string): number {
  // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}
