import { execFile } from 'node:child_process';
import { cpus as listCpus } from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** taskset's CPU list: `0`, `0,1`, `0-2`. */
export const cpuListPattern = /^\d+(-\d+)?(,\d+(-\d+)?)*$/;

/**
 * Pins every thread of each process `pids()` lists to `cpus` (taskset -a), and returns a function that gives
 * the processes it then lists every CPU of the machine again. Processes they start meanwhile inherit the pin:
 * the load generator's children, Postgres's new backends. A process gone meanwhile is skipped.
 */
export async function pinToCpus(
  cpus: string,
  pids: () => Promise<readonly number[]>,
): Promise<() => Promise<void>> {
  if (!cpuListPattern.test(cpus)) throw new Error(`not a CPU list: ${cpus}`);
  const setAffinity = async (list: string) => {
    for (const pid of await pids())
      await run('taskset', ['-a', '-p', '-c', list, String(pid)]).catch(() => undefined);
  };
  await run('taskset', ['-V']).catch((error: Error) => {
    throw new Error(`taskset is needed to run on chosen CPUs (util-linux): ${error.message}`);
  });
  // Counted before the pin: a pinned process sees only its own CPUs (availableParallelism).
  const every = `0-${listCpus().length - 1}`;
  await setAffinity(cpus);
  return () => setAffinity(every);
}
