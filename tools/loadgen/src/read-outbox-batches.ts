import { type LoggingProcess, readLogLines } from './read-log-lines.js';

export interface OutboxBatches {
  readonly events: number;
  readonly batches: number;
  readonly meanBatchSize: number;
  readonly maxBatchSize: number;
}

/**
 * How each service's outbox relay batched what it published, from the relay's own log lines ("outbox relay
 * published": the counts since its line before, at most every 10 s and once on stop). Lines written from
 * `since` on count, so the first may include up to 10 s before it. Instances of a service are summed: one
 * relay per database publishes at a time.
 */
export function readOutboxBatches(
  logDir: string,
  processes: readonly LoggingProcess[],
  since: number,
): Record<string, OutboxBatches> {
  const lines = readLogLines<{ events: number; batches: number; largestBatch: number }>(
    logDir,
    processes,
    'outbox relay published',
    since,
  );
  const totals = new Map<string, { events: number; batches: number; largest: number }>();
  for (const line of lines) {
    const total = totals.get(line.service) ?? { events: 0, batches: 0, largest: 0 };
    total.events += line.events ?? 0;
    total.batches += line.batches ?? 0;
    total.largest = Math.max(total.largest, line.largestBatch ?? 0);
    totals.set(line.service, total);
  }
  return Object.fromEntries(
    [...totals].map(([service, { events, batches, largest }]) => [
      service,
      {
        events,
        batches,
        meanBatchSize: Math.round((events / Math.max(1, batches)) * 10) / 10,
        maxBatchSize: largest,
      },
    ]),
  );
}
