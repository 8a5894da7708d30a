import type { OutboundRequest } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { GroupCommit } from '@seva/kafka';
import type { OutboundMessage } from '@seva/whatsapp';

/** The message a new claim records as its first attempt; null when nothing will be sent. */
export interface ClaimedMessage {
  readonly message: OutboundMessage;
  readonly asTemplate: boolean;
}

/**
 * new: recorded now, so this call sends it. interrupted: an earlier send got as far as its intent and no
 * further, so it may or may not have gone. done: handled before, or being handled by another call.
 */
export type Claim = 'new' | 'done' | 'interrupted';

interface ClaimCall {
  readonly request: OutboundRequest;
  readonly planned: ClaimedMessage | null;
}

/**
 * Records the intent to send, unless the request was seen before, many requests in one statement: the sends
 * in flight (one per partition) share a round trip instead of taking one, or two for a request seen before.
 *
 * A row another statement inserted and has not committed when this one starts is waited for and then left
 * alone, but this statement's snapshot does not show it: it answers "done", since that send is in flight
 * elsewhere and marking it interrupted would be wrong.
 */
export class SendClaims {
  private readonly batches = new GroupCommit<ClaimCall, Claim>((calls) => this.claimAll(calls), {
    isolateFailures: true,
  });

  constructor(private readonly db: SqlDatabase) {}

  claim(request: OutboundRequest, planned: ClaimedMessage | null): Promise<Claim> {
    return this.batches.submit({ request, planned });
  }

  private async claimAll(calls: readonly ClaimCall[]): Promise<Claim[]> {
    // A request id twice in one group (a redelivered record) is claimed by its first call only; the repeat is
    // answered "done" so it is never sent. It cannot be told "interrupted": the first call is still sending,
    // and marking that unknown would overwrite a result about to be recorded.
    const first = new Map<string, number>();
    for (const [index, { request }] of calls.entries())
      if (!first.has(request.requestId)) first.set(request.requestId, index);
    const claimed = [...first.values()].map((index) => calls[index]!);
    const rows = await this.db.$queryRawUnsafe<Array<{ ord: number; claim: Claim }>>(
      `with input as (
         select * from unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::boolean[], $6::int[], $7::text[])
           with ordinality as i(request_id, business_number_id, citizen_wa_id, payload, as_template, attempts,
                                causation_id, ord)
       ),
       -- Inserted in key order, so two groups claiming the same requests wait instead of deadlocking.
       inserted as (
         insert into outbound_message
           (request_id, business_number_id, citizen_wa_id, status, payload, as_template, attempts, causation_id)
         select request_id, business_number_id, citizen_wa_id, 'sending', payload, as_template, attempts, causation_id
         from input order by request_id
         on conflict do nothing
         returning request_id
       )
       -- The statement's snapshot predates its own inserts: a stored status is one recorded before.
       select i.ord::int as ord,
              case when n.request_id is not null then 'new'
                   when m.status = 'sending' then 'interrupted'
                   else 'done' end as claim
       from input i
       left join inserted n using (request_id)
       left join outbound_message m using (request_id)`,
      claimed.map(({ request }) => request.requestId),
      claimed.map(({ request }) => request.businessNumberId),
      claimed.map(({ request }) => request.citizenWaId),
      claimed.map(({ planned }) => JSON.stringify(planned?.message ?? {})),
      claimed.map(({ planned }) => planned?.asTemplate ?? false),
      claimed.map(({ planned }) => (planned ? 1 : 0)),
      claimed.map(({ request }) => request.causationId),
    );
    const byRequest = new Map<string, Claim>();
    // Ordinals count from 1.
    for (const row of rows) byRequest.set(claimed[row.ord - 1]!.request.requestId, row.claim);
    return calls.map(({ request }, index) =>
      first.get(request.requestId) === index ? (byRequest.get(request.requestId) ?? 'done') : 'done',
    );
  }
}
