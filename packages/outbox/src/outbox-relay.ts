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
  /** How often the relay logs what it published since its last such line (and once more on stop). */
  readonly reportIntervalMs?: number;
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

/** What a relay published: events, the produce requests they took, and the largest of those. */
interface RelayBatches {
  events: number;
  batches: number;
  largestBatch: number;
}

const noBatches = (): RelayBatches => ({ events: 0, batches: 0, largestBatch: 0 });

/**
 * Publishes outbox rows in insertion order with the idempotent producer. Several replicas may run it:
 * a session advisory lock elects one publisher (so order per key holds), and a standby takes over as
 * soon as the leader's connection ends. Published rows are deleted by the next look at the table (at most a
 * poll interval later, and on stop): an update that marked them wrote every row and its indexes a second
 * time, a third of the database server's work under load, and kept a day of events in the table. A crash
 * after publishing and before the delete publishes the rows again; consumers drop the repeat by event id.
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
  /** Rows published and not yet deleted: the next look at the table deletes them in the same statement. */
  private undeleted: string[] = [];
  private report: NodeJS.Timeout | undefined;
  /** Published since the last report line. */
  private unreported: RelayBatches = noBatches();

  constructor(private readonly options: OutboxRelayOptions) {}

  get isLeader(): boolean {
    return this.leader;
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.loop = this.run();
    this.report = setInterval(() => this.logPublished(), this.options.reportIntervalMs ?? 10_000);
    this.report.unref();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    clearInterval(this.report);
    this.logPublished();
  }

  /** Throughput for operators, and how well commits share produce requests: one line per interval at most. */
  private logPublished(): void {
    if (this.unreported.events === 0) return;
    this.options.log.info({ relay: this.options.name, ...this.unreported }, 'outbox relay published');
    this.unreported = noBatches();
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
    // The last batch's delete, with nothing more read.
    if (this.leader && this.undeleted.length > 0) await this.publishBatch(0).catch(() => undefined);
    await this.disconnect();
  }

  private async publishBatch(limit = this.options.batchSize ?? 500): Promise<number> {
    const client = this.client!;
    // Deleting the previous batch in the statement that reads the next saves a round trip per batch. Both parts
    // see the table as it was before the statement, so the rows being deleted are left out by id.
    const published = this.undeleted;
    const { rows } = await client.query<OutboxRow>({
      // Prepared once per connection: the relay sends it for every batch.
      name: 'seva_outbox_next_batch',
      text: `with published as (delete from outbox_event where id = any($2::bigint[]))
       select id, event_id, topic, record_key, value, headers from outbox_event
       where not (id = any($2::bigint[])) order by id limit $1`,
      values: [limit, published],
    });
    this.undeleted = [];
    if (rows.length > 0) {
      const records: EncodedRecord[] = rows.map((row) => ({
        topic: row.topic,
        key: row.record_key,
        eventId: row.event_id,
        value: row.value,
        headers: row.headers,
      }));
      await this.options.publisher.send(records);
      this.undeleted = rows.map((row) => row.id);
      this.unreported.events += rows.length;
      this.unreported.batches += 1;
      this.unreported.largestBatch = Math.max(this.unreported.largestBatch, rows.length);
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
