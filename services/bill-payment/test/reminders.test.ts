import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billRow, businessNumberId, type Harness, startHarness } from './harness.js';

const first = '919876543210';
const second = '919812345678';

describe('due-date reminders', () => {
  let harness: Harness;
  let message = 0;

  const reminders = (billNumber: string) =>
    harness
      .seen('whatsapp.outbound-request', (value) => value.requestId.startsWith(`reminder:${billNumber}:`))
      .map((value) => ({
        to: value.citizenWaId,
        from: value.businessNumberId,
        message: JSON.parse(value.message),
      }));
  /** The citizen wrote STOP (stopped) or START, as the conversation passes it on. */
  const choose = (waId: string, stopped: boolean, writtenAt = Date.now()) =>
    harness.command('billing.reminders-choice-requested', {
      requestId: `reminders-${++message}`,
      businessNumberId: '600700800900100',
      citizenWaId: waId,
      stopped,
      writtenAt,
    });
  const stopped = async (waId: string) =>
    (await harness.db.contact.findUnique({ where: { waId } }))?.remindersStopped ?? false;
  const until = async (check: () => Promise<boolean>) => {
    for (let tries = 0; !(await check()); tries++) {
      if (tries > 100) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  /** Enough runs of the job (every 100 ms) for anything it would send to be sent and published. */
  const someRuns = () => new Promise((resolve) => setTimeout(resolve, 1500));

  beforeAll(async () => {
    harness = await startHarness('remind', { REMINDER_INTERVAL_MS: '100', REMINDER_DAYS_BEFORE: '3' });
    harness.setClock(Date.parse('2025-06-10T04:00:00Z'));
    // The first number chats in Hindi.
    await harness.command('billing.bills-requested', {
      requestId: 'remind-language',
      businessNumberId,
      citizenWaId: first,
      consumerNumber: null,
      language: 'hi',
    });
    await harness.waitFor('billing.bills-listed', (value) => value.requestId === 'remind-language');
    const both = ['9876543210', '9812345678'];
    await harness.importBills([
      billRow({ billNumber: 'WSB-SOON', dueDate: '2025-06-12', linkedMobiles: both }),
      billRow({
        billNumber: 'SWB-LATER',
        consumerNumber: 'SW/107/2019-20/002318',
        service: 'SEWERAGE',
        dueDate: '2025-06-20',
        linkedMobiles: both,
        taxHeads: [{ code: 'SW_CHARGE', amount: 315 }],
      }),
    ]);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('reminds each linked number once of a bill due within three days, with the approved template', async () => {
    await harness.waitFor(
      'whatsapp.outbound-request',
      (value) => value.requestId.startsWith('reminder:WSB-SOON:'),
      2,
    );
    await someRuns();
    const sent = reminders('WSB-SOON');
    expect(sent.map((reminder) => reminder.to).sort()).toEqual([second, first]);
    expect(sent.find((reminder) => reminder.to === second)).toEqual({
      to: second,
      from: businessNumberId,
      message: {
        type: 'template',
        template: {
          name: 'seva_bill_due',
          language: { code: 'en' },
          components: [
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'water' },
                { type: 'text', text: '567.50' },
                { type: 'text', text: '12 Jun 2025' },
              ],
            },
          ],
        },
      },
    });
    const hindi = sent.find((reminder) => reminder.to === first)!.message.template;
    expect(hindi.language).toEqual({ code: 'hi' });
    expect(hindi.components[0].parameters[0].text).toBe('पानी');
    expect(reminders('SWB-LATER')).toEqual([]);
  });

  it('sends nothing more to a number that wrote STOP, and again after START', async () => {
    await choose(second, true);
    await until(() => stopped(second));
    harness.setClock(Date.parse('2025-06-17T04:00:00Z'));
    await harness.waitFor('whatsapp.outbound-request', (value) =>
      value.requestId.startsWith('reminder:SWB-LATER:'),
    );
    await someRuns();
    expect(reminders('SWB-LATER').map((reminder) => reminder.to)).toEqual([first]);
    expect(reminders('WSB-SOON')).toHaveLength(2);

    await choose(second, false);
    await until(async () => !(await stopped(second)));
    await harness.waitFor(
      'whatsapp.outbound-request',
      (value) => value.requestId === `reminder:SWB-LATER:${second}`,
    );
    // The reminder goes from the number the citizen wrote to.
    expect(reminders('SWB-LATER').find((reminder) => reminder.to === second)?.from).toBe('600700800900100');

    // A STOP written before that START and delivered after it changes nothing. A later command of the same
    // citizen is handled after it (one partition per citizen), so its answer means the STOP was read.
    await choose(second, true, Date.now() - 60_000);
    await harness.command('billing.bills-requested', {
      requestId: 'remind-after-stale-stop',
      businessNumberId,
      citizenWaId: second,
      consumerNumber: null,
      language: null,
    });
    await harness.waitFor('billing.bills-listed', (value) => value.requestId === 'remind-after-stale-stop');
    expect(await stopped(second)).toBe(false);
  });

  it('does not remind of paid bills', async () => {
    await harness.importBills([
      billRow({
        billNumber: 'WSB-PAID',
        consumerNumber: 'WS/107/PAID/1',
        dueDate: '2025-06-25',
        linkedMobiles: ['9876543210'],
      }),
    ]);
    await harness.db.bill.update({ where: { billNumber: 'WSB-PAID' }, data: { status: 'PAID' } });
    harness.setClock(Date.parse('2025-06-23T04:00:00Z'));
    await someRuns();
    expect(reminders('WSB-PAID')).toEqual([]);
  });
});
