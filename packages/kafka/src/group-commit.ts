export interface GroupCommitOptions {
  /**
   * How long a call waits for others before a run starts when none is in flight; 0 (the default) runs it at
   * once. For work nobody waits on, where fewer and larger runs matter more than the delay.
   */
  readonly lingerMs?: number;
  /**
   * When a run of several fails, run each of its items again alone, so only the calls whose item fails alone
   * see an error. For runs whose failure may be one item's fault (a value the database refuses), so one bad
   * item does not fail, again and again, every call it happens to share a run with.
   */
  readonly isolateFailures?: boolean;
}

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
  /** The runs in progress, until nothing is left waiting. */
  private draining: Promise<void> | undefined;
  private lingering: NodeJS.Timeout | undefined;

  constructor(
    private readonly run: (items: readonly Item[]) => Promise<readonly Result[]>,
    private readonly options: GroupCommitOptions = {},
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.draining || this.lingering) return;
      if (this.options.lingerMs) this.lingering = setTimeout(() => void this.drain(), this.options.lingerMs);
      else void this.drain();
    });
  }

  /** Runs what is waiting without lingering (on stop); resolves once every call made so far is answered. */
  flush(): Promise<void> {
    return this.pending.length > 0 ? this.drain() : (this.draining ?? Promise.resolve());
  }

  private drain(): Promise<void> {
    clearTimeout(this.lingering);
    this.lingering = undefined;
    this.draining ??= this.runAll();
    return this.draining;
  }

  /** Only entered with calls waiting, so it reaches an await before it ends. */
  private async runAll(): Promise<void> {
    while (this.pending.length > 0) {
      const calls = this.pending.splice(0, this.pending.length);
      try {
        const results = await this.run(calls.map((call) => call.item));
        for (const [index, call] of calls.entries()) call.resolve(results[index] as Result);
      } catch (error) {
        if (!this.options.isolateFailures || calls.length === 1) {
          for (const call of calls) call.reject(error);
          continue;
        }
        // One at a time, keeping a single run in flight.
        for (const call of calls) {
          try {
            const [result] = await this.run([call.item]);
            call.resolve(result as Result);
          } catch (alone) {
            call.reject(alone);
          }
        }
      }
    }
    // In the same step as the last look at `pending`, so a call made from now on starts a run of its own.
    this.draining = undefined;
  }
}
