import type { EncodedRecord, Publisher } from '@seva/kafka';
import pg from 'pg';
import { outboxChannel } from './sql-client.js';

export interface OutboxRelayOptions {
  readonly databaseUrl: string;
  readonly publisher: Publisher;
  /** Names the advisory lock: one relay per service database is active at a time. */
  readonly name: string;
  readonly batchSize?: number;
  /** How often a standby replica tries to take over, and the longest a leader waits without a notification. */
  readonly pollIntervalMs?: number;
  /**
   * How long the relay waits, once woken from idle by a commit, before it reads: events committed meanwhile
   * share the produce request. For outboxes whose events nobody waits on (0, the default, reads at once).
   */
  readonly lingerMs?: number;
  /** Published rows older than this are deleted. */
  readonly retainMs?: number;
  readonly log: {
    info(fields: Record<string, unknown>, message: string): void;
    error(fields: Record<string, unknown>, message: string): void;
  };
}

interface OutboxRow {
  id: string;
  event_id: string;
  topic: string;
  record_key: string;
  value: Buffer;
  headers: Record<string, string>;
}

/**
 * Publishes outbox rows in insertion order with the idempotent producer. Several replicas may run it:
 * a session advisory lock elects one publisher (so order per key holds), and a standby takes over as
 * soon as the leader's connection ends. Published rows are marked by the next look at the table (at most a
 * poll interval later, and on stop). A crash after publishing and before marking publishes the rows again;
 * consumers drop the repeat by event id.
 */
export class OutboxRelay {
  private client: pg.Client | undefined;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private leader = false;
  /** A notification arrived since the last look at the table. */
  private notified = false;
  /** Waiting for more commits after a notification, which further notifications must not cut short. */
  private lingering = false;
  private lastCleanup = 0;
  /** Rows published and not yet marked: the next look at the table marks them in the same statement. */
  private unmarked: string[] = [];
  published = 0;

  constructor(private readonly options: OutboxRelayOptions) {}

  get isLeader(): boolean {
    return this.leader;
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.connect();
        if (!this.leader) {
          const { rows } = await this.client!.query<{ locked: boolean }>(
            'select pg_try_advisory_lock(hashtext($1)) as locked',
            [`outbox:${this.options.name}`],
          );
          this.leader = rows[0]?.locked === true;
          if (this.leader) this.options.log.info({ relay: this.options.name }, 'outbox relay is publishing');
        }
        this.notified = false;
        const drained = this.leader ? await this.publishBatch() : 0;
        if (drained < (this.options.batchSize ?? 500)) await this.idle();
      } catch (error) {
        this.options.log.error({ err: error, relay: this.options.name }, 'outbox relay failed; reconnecting');
        await this.disconnect();
        await this.idle();
      }
    }
    // The last batch's mark, with nothing more read.
    if (this.leader && this.unmarked.length > 0) await this.publishBatch(0).catch(() => undefined);
    await this.disconnect();
  }

  private async publishBatch(limit = this.options.batchSize ?? 500): Promise<number> {
    const client = this.client!;
    // Marking the previous batch in the statement that reads the next saves a round trip per batch. Both parts
    // see the table as it was before the statement, so the rows being marked are left out by id.
    const marking = this.unmarked;
    const { rows } = await client.query<OutboxRow>({
      // Prepared once per connection: the relay sends it for every batch.
      name: 'seva_outbox_next_batch',
      text: `with marked as (update outbox_event set published_at = now() where id = any($2::bigint[]))
       select id, event_id, topic, record_key, value, headers from outbox_event
       where published_at is null and not (id = any($2::bigint[])) order by id limit $1`,
      values: [limit, marking],
    });
    this.unmarked = [];
    if (rows.length > 0) {
      const records: EncodedRecord[] = rows.map((row) => ({
        topic: row.topic,
        key: row.record_key,
        eventId: row.event_id,
        value: row.value,
        headers: row.headers,
      }));
      await this.options.publisher.send(records);
      this.unmarked = rows.map((row) => row.id);
      this.published += rows.length;
    }
    if (Date.now() - this.lastCleanup > 60_000) {
      this.lastCleanup = Date.now();
      await client.query(`delete from outbox_event where published_at < now() - make_interval(secs => $1)`, [
        (this.options.retainMs ?? 86_400_000) / 1000,
      ]);
    }
    return rows.length;
  }

  private async connect(): Promise<void> {
    if (this.client) return;
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    client.on('notification', () => {
      this.notified = true;
      if (!this.lingering) this.wake?.();
    });
    client.on('error', (error) => this.options.log.error({ err: error }, 'outbox relay connection lost'));
    await client.connect();
    await client.query(`listen ${outboxChannel}`);
    this.client = client;
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.leader = false;
    // Ending the session releases the advisory lock, so a standby replica takes over.
    await client?.end().catch(() => undefined);
  }

  private async idle(): Promise<void> {
    if (this.stopping || this.notified) return;
    await this.sleep(this.options.pollIntervalMs ?? 1000);
    // At low rates every commit would otherwise be a produce request of its own. Under load the relay is
    // notified while it publishes and never idles, so it never lingers either.
    const { lingerMs } = this.options;
    if (lingerMs && this.notified && !this.stopping) {
      this.lingering = true;
      await this.sleep(lingerMs);
      this.lingering = false;
    }
  }

  /** Resolves after `ms`, or at once when stop, or a notification while not lingering, wakes the relay. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
