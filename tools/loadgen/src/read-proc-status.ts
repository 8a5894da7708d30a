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
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM'), cpuSeconds: (utime + stime) / ticksPerSecond };
  } catch {
    return undefined;
  }
}
