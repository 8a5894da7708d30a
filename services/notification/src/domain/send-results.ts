import type { DeliveryStatus } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { type EncodedRecord, encodeEvent, GroupCommit } from '@seva/kafka';
import { insertIntoOutbox, notifyRelay, recordRows } from '@seva/outbox';
import { type DeliveryFacts, deliveryEvent } from './record-delivery.js';

/** How a send ended, as recorded on its request. */
export type SendOutcome =
  | { status: 'accepted'; messageId: string }
  | { status: 'failed'; errorCode?: number; reason: string }
  | { status: 'dropped'; reason: string }
  | { status: 'unknown'; reason: string };

interface Result {
  readonly requestId: string;
  readonly status: string;
  readonly messageId: string | null;
  readonly errorCode: number | null;
  readonly reason: string | null;
  readonly event: EncodedRecord;
}

/**
 * Records the outcome of sends and announces each, many in one statement: both happen or neither, and the
 * sends in flight (one per partition) share a round trip. Only a request that is recorded is announced.
 * Resolves whether the request was found.
 */
export class SendResults {
  private readonly batches = new GroupCommit<Result, boolean>((results) => this.recordAll(results), {
    isolateFailures: true,
  });

  constructor(private readonly db: SqlDatabase) {}

  async record(facts: DeliveryFacts, outcome: SendOutcome): Promise<boolean> {
    const errorCode = 'errorCode' in outcome ? (outcome.errorCode ?? null) : null;
    const reason = 'reason' in outcome ? outcome.reason : null;
    // Encoded here rather than in the group: the event keeps its own send's trace, and one that does not fit
    // its schema fails that send alone.
    const event = encodeEvent(
      'whatsappDelivery',
      deliveryEvent({ ...facts, errorCode, reason }, outcome.status.toUpperCase() as DeliveryStatus),
    );
    return this.batches.submit({
      requestId: facts.requestId,
      status: outcome.status,
      messageId: facts.messageId ?? null,
      errorCode,
      reason,
      event,
    });
  }

  private async recordAll(results: readonly Result[]): Promise<boolean[]> {
    const inputs = [
      results.map((result) => result.requestId),
      results.map((result) => result.status),
      results.map((result) => result.messageId),
      results.map((result) => result.errorCode),
      results.map((result) => result.reason),
      results.map((result) => result.event.eventId),
    ];
    // A request recorded twice with one status is announced once, as its first call built it.
    const events = new Map<string, EncodedRecord>();
    for (const { event } of results) if (!events.has(event.eventId)) events.set(event.eventId, event);
    const rows = recordRows([...events.values()], inputs.length);
    const [outcome] = await this.db.$queryRawUnsafe<Array<{ found: number[] }>>(
      `with input as (
         select * from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[])
           with ordinality as i(request_id, status, message_id, error_code, reason, event_id, ord)
       ),
       -- Rows are locked in one order, so two groups touching the same requests wait instead of deadlocking.
       stored as (
         select request_id from outbound_message
         where request_id in (select request_id from input)
         order by request_id
         for update
       ),
       -- A request recorded twice in a group ends as its last call says, as if recorded one after the other.
       changed as (
         update outbound_message m
         set status = i.status, message_id = i.message_id, error_code = i.error_code, reason = i.reason,
             updated_at = now()
         from (select distinct on (request_id) * from input order by request_id, ord desc) i
         join stored s using (request_id)
         where m.request_id = i.request_id
         returning m.request_id
       ),
       announced as (
         select event_id, min(ord) as ord from input join changed using (request_id) group by event_id
       ),
       added as (${insertIntoOutbox(
         `select e.* from (${rows.select}) as e(event_id, topic, record_key, value, headers)
          join announced a using (event_id)
          order by a.ord`,
       )})
       select array(select ord::int from input join changed using (request_id)) as found,
              ${notifyRelay('added')} as notified`,
      ...inputs,
      ...rows.values,
    );
    // Ordinals count from 1.
    const found = new Set(outcome?.found ?? []);
    return results.map((_, index) => found.has(index + 1));
  }
}
