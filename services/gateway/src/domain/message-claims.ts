import { GroupCommit } from '@seva/kafka';
import type { SqlClient } from '@seva/outbox';

/** A claim older than this without a publish is taken to be left by a crashed gateway: Meta's retry may take it. */
const claimExpirySeconds = 30;

/**
 * The WhatsApp message ids this gateway took. Concurrent webhooks share one statement per step (group
 * commit): at a thousand webhooks a second, a statement and a commit each would cost Postgres more than
 * everything else the gateway does. Marks of published claims are gathered for `markDelayMs` and written
 * together: at that rate, a mark statement per batch of claims would double the statements.
 */
export class MessageClaims {
  // 2 ms of waiting for more webhooks before a claim statement: at 1,000 webhooks/s, statements then carry
  // several ids instead of one or two, and Postgres and the gateway each spend about 5% of a core less.
  private readonly claims = new GroupCommit<readonly string[], Set<string>>((calls) => this.claimAll(calls), {
    lingerMs: 2,
    isolateFailures: true,
  });
  private readonly marks: GroupCommit<readonly string[], void>;

  constructor(
    private readonly db: SqlClient,
    /** Far below the claim expiry: a redelivery meanwhile still finds its claim fresh and is dropped. */
    markDelayMs = 200,
  ) {
    this.marks = new GroupCommit(
      async (calls) => {
        // An upsert finds each row by the primary key whatever the plan. An update filtered by `= any($1)` was
        // planned once per connection, and a plan made while the table was small scanned the whole table:
        // 50–70 ms a statement at 15,000 claims, growing with every message.
        await this.db.$executeRawUnsafe(
          `insert into seen_message (message_id, claimed_at, published_at)
           select unnest($1::text[]), now(), now()
           on conflict (message_id) do update set published_at = excluded.published_at`,
          [...new Set(calls.flat())].sort(),
        );
        return calls.map(() => undefined);
      },
      { lingerMs: markDelayMs },
    );
  }

  /**
   * Claims ids not taken before. Concurrent deliveries of one id (Meta redelivers, sometimes at once) race on
   * the primary key, or meet in one batch, and only one caller gets it, so one message yields one event.
   */
  claim(messageIds: readonly string[]): Promise<Set<string>> {
    return messageIds.length === 0 ? Promise.resolve(new Set()) : this.claims.submit(messageIds);
  }

  /**
   * Marks claims as published once Kafka has the events, so they never expire. Status-only webhooks claim
   * nothing and cost no database work at all: three of every four webhooks are statuses.
   */
  markPublished(messageIds: readonly string[]): Promise<void> {
    return messageIds.length === 0 ? Promise.resolve() : this.marks.submit(messageIds);
  }

  /** Writes the marks still waiting (on stop). */
  flush(): Promise<void> {
    return this.marks.flush();
  }

  /** Gives claims back after Kafka refused the events, so Meta's retry is taken again. */
  async release(messageIds: readonly string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await this.db.$executeRawUnsafe(
      'delete from seen_message where message_id = any($1::text[]) and published_at is null',
      [...messageIds],
    );
  }

  private async claimAll(calls: readonly (readonly string[])[]): Promise<Set<string>[]> {
    // Sorted, so two gateways claiming some of the same ids wait for each other instead of deadlocking.
    const ids = [...new Set(calls.flat())].sort();
    const rows = await this.db.$queryRawUnsafe<Array<{ message_id: string }>>(
      `insert into seen_message (message_id, claimed_at)
       select unnest($1::text[]), now()
       on conflict (message_id) do update set claimed_at = now()
         where seen_message.published_at is null
           and seen_message.claimed_at < now() - make_interval(secs => ${claimExpirySeconds})
       returning message_id`,
      ids,
    );
    const toHandOut = new Set(rows.map((row) => row.message_id));
    return calls.map((wanted) => new Set(wanted.filter((id) => toHandOut.delete(id))));
  }
}
