import { isDatabaseUnavailable } from './is-database-unavailable.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RetrySettings {
  /** After this long the last failure is thrown. */
  readonly giveUpAfterMs?: number;
  readonly firstDelayMs?: number;
  readonly maxDelayMs?: number;
}

/**
 * Runs `work` again while it fails because the database is unavailable, at growing intervals, for a while.
 * For writes whose content exists only in memory (what an external call answered): retrying the whole
 * handler later would find the call made and its answer gone. Any other failure is thrown at once.
 */
export async function retryWhileUnavailable<T>(
  work: () => Promise<T>,
  { giveUpAfterMs = 60_000, firstDelayMs = 200, maxDelayMs = 5_000 }: RetrySettings = {},
): Promise<T> {
  const giveUpAt = Date.now() + giveUpAfterMs;
  for (let delay = firstDelayMs; ; delay = Math.min(delay * 2, maxDelayMs)) {
    try {
      return await work();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + delay > giveUpAt) throw error;
      await sleep(delay);
    }
  }
}
