/**
 * Runs calls made while a run is in flight together, as the next run (group commit). With one run in flight
 * at a time, batches grow with the load by themselves: one caller alone waits one round trip, a thousand
 * callers a second share a few. `run` answers every item of a batch, in the order given.
 */
export class GroupCommit<Item, Result> {
  private readonly pending: Array<{
    item: Item;
    resolve: (result: Result) => void;
    reject: (error: unknown) => void;
  }> = [];
  private running = false;

  constructor(private readonly run: (items: readonly Item[]) => Promise<readonly Result[]>) {}

  submit(item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending.length > 0) {
      const calls = this.pending.splice(0, this.pending.length);
      try {
        const results = await this.run(calls.map((call) => call.item));
        for (const [index, call] of calls.entries()) call.resolve(results[index] as Result);
      } catch (error) {
        for (const call of calls) call.reject(error);
      }
    }
    this.running = false;
  }
}
