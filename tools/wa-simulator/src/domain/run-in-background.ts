import type { FastifyBaseLogger } from 'fastify';

/**
 * Lets `task` run after the request that started it has been answered. Aborted work (the simulator is
 * stopping) ends quietly; any other failure is logged, since nobody awaits the task.
 */
export function runInBackground(task: Promise<unknown>, log: FastifyBaseLogger, what: string): void {
  task.catch((error: unknown) => {
    if (error instanceof Error && error.name === 'AbortError') return;
    log.error({ err: error }, `${what} failed`);
  });
}
