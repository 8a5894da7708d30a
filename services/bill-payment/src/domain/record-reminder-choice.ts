import type { RemindersChoiceRequested } from '@seva/contracts';
import type { Db } from '../db.js';

/**
 * A citizen who wrote STOP gets no more due-date reminders; START brings them back (the conversation reads
 * the words and sends the choice). A choice older than the last one recorded does not override it, so a
 * command delivered again after a later one changes nothing.
 */
export async function recordReminderChoice(db: Db, choice: RemindersChoiceRequested): Promise<void> {
  await db.$executeRawUnsafe(
    `insert into contact (wa_id, business_number_id, reminders_stopped, stop_changed_at) values ($1, $2, $3, $4)
     on conflict (wa_id) do update set reminders_stopped = excluded.reminders_stopped,
       stop_changed_at = excluded.stop_changed_at, business_number_id = excluded.business_number_id
     where contact.stop_changed_at is null or contact.stop_changed_at <= excluded.stop_changed_at`,
    choice.citizenWaId,
    choice.businessNumberId,
    choice.stopped,
    new Date(choice.writtenAt),
  );
}
