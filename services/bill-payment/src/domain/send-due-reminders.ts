import { formatDate, toLanguage } from '@seva/i18n';
import { addToOutbox } from '@seva/outbox';
import { buildTemplate } from '@seva/whatsapp';
import type { Db } from '../db.js';
import { formatRupees } from './format-rupees.js';
import { indianDate } from './indian-date.js';
import { isoDay } from './iso-day.js';
import { messages } from './messages.js';

export interface ReminderDeps {
  readonly db: Db;
  readonly now: () => Date;
  readonly daysBefore: number;
  /** For numbers that never wrote to the platform. */
  readonly defaultBusinessNumberId: string;
}

interface Due {
  bill_number: string;
  amount_paise: number;
  /** YYYY-MM-DD */
  due_date: string;
  service: 'WATER' | 'SEWERAGE';
  wa_id: string;
  language: string | null;
  business_number_id: string | null;
}

const batchSize = 200;
const dayMs = 86_400_000;
/**
 * Reminds every linked number of unpaid bills due today or within `daysBefore` days (Indian dates), once per
 * bill and number, with the approved seva_bill_due template (service, amount, due date) in the number's
 * language: a reminder is unprompted, so the 24-hour window is usually closed. Numbers that wrote STOP are
 * left out. The reminder_sent row is written with its outbound request, and a row another replica already
 * wrote makes this one skip it. Returns true when a full batch went and more may be due.
 */
export async function sendDueReminders(deps: ReminderDeps): Promise<boolean> {
  const now = deps.now();
  const today = indianDate(now);
  const horizon = new Date(today.getTime() + deps.daysBefore * dayMs);
  return deps.db.$transaction(async (tx) => {
    const due = await tx.$queryRawUnsafe<Due[]>(
      `select b.bill_number, b.amount_paise, to_char(b.due_date, 'YYYY-MM-DD') as due_date, c.service::text as service, l.wa_id,
              ct.language, ct.business_number_id
       from bill b
       join connection c on c.id = b.connection_id
       join linked_number l on l.connection_id = c.id
       left join contact ct on ct.wa_id = l.wa_id
       where b.status = 'ACTIVE' and b.due_date between $1::date and $2::date
         and not coalesce(ct.reminders_stopped, false)
         and not exists (select 1 from reminder_sent r where r.bill_number = b.bill_number and r.wa_id = l.wa_id)
       order by b.due_date, b.bill_number, l.wa_id
       limit ${batchSize}`,
      isoDay(today),
      isoDay(horizon),
    );
    for (const reminder of due) {
      const claimed = await tx.$executeRawUnsafe(
        'insert into reminder_sent (bill_number, wa_id, sent_at) values ($1, $2, $3) on conflict do nothing',
        reminder.bill_number,
        reminder.wa_id,
        now,
      );
      if (claimed === 0) continue;
      const language = toLanguage(reminder.language);
      const requestId = `reminder:${reminder.bill_number}:${reminder.wa_id}`;
      const message = buildTemplate({
        name: 'seva_bill_due',
        language,
        bodyParameters: [
          messages.translator(language)(`service.${reminder.service}`),
          formatRupees(reminder.amount_paise),
          formatDate(new Date(`${reminder.due_date}T00:00:00Z`), language),
        ],
      });
      await addToOutbox(tx, 'whatsappOutbound', [
        {
          type: 'whatsapp.outbound-request',
          key: reminder.wa_id,
          eventId: requestId,
          value: {
            requestId,
            businessNumberId: reminder.business_number_id ?? deps.defaultBusinessNumberId,
            citizenWaId: reminder.wa_id,
            message: JSON.stringify(message),
            fallbackTemplate: null,
            causationId: `bill:${reminder.bill_number}`,
            citizenLastInboundAt: null,
          },
        },
      ]);
    }
    return due.length === batchSize;
  });
}
