import type { InboundMessage } from '@seva/contracts';
import type { Db } from '../db.js';

const choices: Record<string, boolean> = { STOP: true, START: false };

/**
 * A citizen who writes STOP gets no more due-date reminders; START brings them back. Only the word alone
 * counts, in any case. A message older than the last choice recorded does not override it.
 */
export async function recordReminderChoice(db: Db, message: InboundMessage): Promise<void> {
  if (message.kind !== 'TEXT' || message.text === null) return;
  const stopped = choices[message.text.trim().toUpperCase()];
  if (stopped === undefined) return;
  await db.$executeRawUnsafe(
    `insert into contact (wa_id, business_number_id, reminders_stopped, stop_changed_at) values ($1, $2, $3, $4)
     on conflict (wa_id) do update set reminders_stopped = excluded.reminders_stopped,
       stop_changed_at = excluded.stop_changed_at, business_number_id = excluded.business_number_id
     where contact.stop_changed_at is null or contact.stop_changed_at <= excluded.stop_changed_at`,
    message.citizenWaId,
    message.businessNumberId,
    stopped,
    new Date(message.sentAt),
  );
}
