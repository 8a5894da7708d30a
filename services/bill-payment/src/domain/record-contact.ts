import type { Tx } from '../db.js';

/**
 * Remembers what a citizen's command tells about them: the language they chat in (when it carried one) and
 * the business number they write to, which later unprompted messages (receipts for other linked numbers,
 * reminders) use.
 */
export async function recordContact(
  tx: Tx,
  command: { citizenWaId: string; businessNumberId: string; language: string | null },
): Promise<void> {
  await tx.$executeRawUnsafe(
    `insert into contact (wa_id, language, business_number_id) values ($1, $2, $3)
     on conflict (wa_id) do update set language = coalesce(excluded.language, contact.language),
       business_number_id = excluded.business_number_id`,
    command.citizenWaId,
    command.language,
    command.businessNumberId,
  );
}
