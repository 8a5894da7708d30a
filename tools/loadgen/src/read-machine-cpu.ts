import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/stat (USER_HZ): 100 on every Linux this runs on. */
const ticksPerSecond = 100;

/**
 * Total, idle and stolen CPU time of the whole machine (all cores together), in seconds, and the context
 * switches so far, from /proc/stat. Stolen time is when a virtual machine's core was ready to run but the host
 * ran something else.
 */
export function readMachineCpu():
  | { totalSeconds: number; idleSeconds: number; stealSeconds: number; contextSwitches: number }
  | undefined {
  try {
    const stat = readFileSync('/proc/stat', 'utf8');
    const line = stat.split('\n')[0]!;
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const total = ticks.reduce((sum, value) => sum + value, 0);
    // idle + iowait: time no process could use.
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return {
      totalSeconds: total / ticksPerSecond,
      idleSeconds: idle / ticksPerSecond,
      stealSeconds: (ticks[7] ?? 0) / ticksPerSecond,
      contextSwitches: Number(/^ctxt (\d+)$/m.exec(stat)?.[1] ?? 0),
    };
  } catch {
    return undefined;
  }
}
