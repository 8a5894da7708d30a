import type { SqlDatabase } from '@seva/database';
import { GroupCommit } from '@seva/kafka';
import { runTurns, type TurnRequest } from './run-turns.js';

type Settled = { readonly taken: boolean } | { readonly error: unknown };

/**
 * Takes turns that arrive while others are being saved together, as the next transaction: the consumer
 * handles up to one record per partition at once, so under load a dozen turns share the five round trips one
 * turn alone needs. A transaction that fails is not the others' problem: its turns are taken again one by one,
 * and only a turn that fails alone fails its record.
 */
export class TurnBatches {
  private readonly batches = new GroupCommit<TurnRequest, Settled>((requests) => this.runBatch(requests));

  constructor(
    private readonly sql: SqlDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Resolves whether the turn was taken now (false: its event was handled before). */
  async take(request: TurnRequest): Promise<boolean> {
    const settled = await this.batches.submit(request);
    if ('error' in settled) throw settled.error;
    return settled.taken;
  }

  private async runBatch(requests: readonly TurnRequest[]): Promise<Settled[]> {
    try {
      const taken = await runTurns(this.sql, requests, this.now);
      return taken.map((each) => ({ taken: each }));
    } catch (error) {
      if (requests.length === 1) return [{ error }];
      return Promise.all(
        requests.map((request) =>
          runTurns(this.sql, [request], this.now).then(
            ([taken]) => ({ taken: taken === true }),
            (alone: unknown) => ({ error: alone }),
          ),
        ),
      );
    }
  }
}
