import type { SqlClient } from '@seva/outbox';

/** A claim older than this without a publish is taken to be left by a crashed gateway: Meta's retry may take it. */
const claimExpirySeconds = 30;

/**
 * Claims WhatsApp message ids not taken before. Concurrent deliveries of one id (Meta redelivers, sometimes
 * at once) race on the primary key and only one gets it, so one message yields one event.
 */
export async function claimMessages(db: SqlClient, messageIds: readonly string[]): Promise<Set<string>> {
  if (messageIds.length === 0) return new Set();
  const rows = await db.$queryRawUnsafe<Array<{ message_id: string }>>(
    `insert into seen_message (message_id, claimed_at)
     select unnest($1::text[]), now()
     on conflict (message_id) do update set claimed_at = now()
       where seen_message.published_at is null
         and seen_message.claimed_at < now() - make_interval(secs => ${claimExpirySeconds})
     returning message_id`,
    [...messageIds],
  );
  return new Set(rows.map((row) => row.message_id));
}

/** Gives claims back after Kafka refused the events, so Meta's retry is taken again. */
export async function releaseClaims(db: SqlClient, messageIds: readonly string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await db.$executeRawUnsafe(
    'delete from seen_message where message_id = any($1::text[]) and published_at is null',
    [...messageIds],
  );
}

/**
 * Marks claims as published once Kafka has the events, so they never expire. Status-only webhooks claim
 * nothing and cost no database work at all: three of every four webhooks are statuses.
 */
export async function markPublished(db: SqlClient, messageIds: readonly string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await db.$executeRawUnsafe(
    'update seen_message set published_at = now() where message_id = any($1::text[])',
    [...messageIds],
  );
}
