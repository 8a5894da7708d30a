import type { BackgroundJob } from './build-service.js';

export interface IntervalJobLog {
  error(fields: Record<string, unknown>, message: string): void;
}

/**
 * Runs `work` every `everyMs` (and at once when `wake` is called), never twice at the same time. A failed
 * run is logged and the next one still happens. `work` returns true when it stopped early with more to do,
 * to run again without waiting.
 */
export function intervalJob(
  name: string,
  everyMs: number,
  work: () => Promise<unknown>,
  log: IntervalJobLog,
): BackgroundJob & { wake(): void } {
  let stopped = true;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const schedule = (delay: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  };
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      let more = false;
      try {
        more = (await work()) === true;
      } catch (error) {
        log.error({ err: error, job: name }, `${name} failed`);
      } finally {
        running = undefined;
        schedule(more || again ? 0 : everyMs);
        again = false;
      }
    })();
  };

  return {
    start() {
      stopped = false;
      schedule(0);
    },
    wake() {
      schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
