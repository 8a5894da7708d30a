import type { SqlDatabase } from '@seva/database';
import { GroupCommit } from '@seva/kafka';
import { runTurns, type TurnRequest } from './run-turns.js';

/**
 * Takes turns that arrive while others are being saved together, as the next transaction: the consumer
 * hands over many records at once, so under load many turns share the five round trips one turn alone needs.
 * A transaction that fails is not the others' problem: its turns are taken again one by one, and only a turn
 * that fails alone fails its record.
 */
export class TurnBatches {
  private readonly batches = new GroupCommit<TurnRequest, boolean>(
    (requests) => runTurns(this.sql, requests, this.now),
    { isolateFailures: true },
  );

  constructor(
    private readonly sql: SqlDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Resolves whether the turn was taken now (false: its event was handled before). */
  take(request: TurnRequest): Promise<boolean> {
    return this.batches.submit(request);
  }
}
