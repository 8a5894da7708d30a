import type { BillSummary } from '@seva/contracts';
import { formatDate } from '@seva/i18n';
import type { Language } from '@seva/master-data';
import { choose, text } from '../engine/compose.js';
import type { Translate } from '../engine/i18n.js';
import type { BillingReply, Input, Reply, Screen, Turn } from '../engine/types.js';

interface Context {
  readonly t: Translate;
  readonly language: Language;
}

/** Consumer numbers are letters, digits and dashes (e.g. `1007345678`, `WS/AMR/123` becomes `WS-AMR-123`). */
const consumerNumber = /^[A-Za-z0-9][A-Za-z0-9/-]{3,29}$/;

export const formatAmount = (paise: number): string =>
  new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(paise / 100);

const formatPeriod = (period: string, language: Language) =>
  period
    .split('/')
    .map((day) => formatDate(new Date(`${day}T00:00:00Z`), language, 'UTC'))
    .join(' – ');

const taxHeadName = (t: Translate, code: string) => {
  try {
    return t(`taxHead.${code}`);
  } catch {
    return code;
  }
};

const turn = (
  language: Language,
  screen: Screen,
  replies: Reply[],
  commands: Turn['commands'] = [],
): Turn => ({
  state: { language, screen },
  replies,
  commands,
});

/** "Pay water/sewerage bill": bill-payment is asked for the bills linked to the citizen's number. */
export const startBills = ({ language }: Context): Turn =>
  turn(language, { kind: 'bills-waiting' }, [], [{ kind: 'request-bills', consumerNumber: null }]);

export const startReceipts = ({ language }: Context): Turn =>
  turn(language, { kind: 'receipts-waiting' }, [], [{ kind: 'request-receipts' }]);

function billsList(bills: readonly BillSummary[], { t, language }: Context, before?: string): Reply {
  const body = before ? `${before}\n\n${t('bills.pick')}` : t('bills.pick');
  return choose(
    body,
    bills.map((bill) => ({
      id: `bill:${bill.billNumber}`,
      // Consumer numbers run to 21 characters: the row title is theirs, the service goes below.
      title: bill.consumerNumber,
      description: `${t(`service.${bill.service}`)} · ${t('bills.row.description', {
        amount: formatAmount(bill.amountPaise),
        due: formatDate(new Date(`${bill.dueDate}T00:00:00Z`), language, 'UTC'),
      })}`,
    })),
    t,
  );
}

function billDetails(bill: BillSummary, { t, language }: Context, before?: string): Reply[] {
  const breakdown = bill.taxHeads
    .map((head) => `${taxHeadName(t, head.code)}: ${formatAmount(head.amountPaise)}`)
    .join('\n');
  const details = t('bill.details', {
    service: t(`service.${bill.service}`),
    number: bill.billNumber,
    consumer: bill.consumerNumber,
    period: formatPeriod(bill.period, language),
    breakdown,
    amount: formatAmount(bill.amountPaise),
    due: formatDate(new Date(`${bill.dueDate}T00:00:00Z`), language, 'UTC'),
  });
  return [
    text(before ? `${before}\n\n${details}` : details),
    choose(
      t('myComplaints.actions'),
      [
        { id: 'pay', title: t('bill.pay') },
        { id: 'menu:home', title: t('bill.back') },
      ],
      t,
    ),
  ];
}

/** The citizen's answer on one of the bill screens. */
export function billScreens(
  screen: Extract<
    Screen,
    { kind: 'bills-waiting' | 'consumer-number' | 'bills' | 'bill' | 'receipts-waiting' }
  >,
  input: Input,
  context: Context,
): Turn {
  const { t, language } = context;
  switch (screen.kind) {
    case 'consumer-number': {
      if (input.kind !== 'text' || !consumerNumber.test(input.text.trim()))
        return turn(language, screen, [text(t('bills.consumer.invalid'))]);
      const typed = input.text.trim().toUpperCase();
      return turn(
        language,
        { kind: 'bills-waiting', consumerNumber: typed },
        [],
        [{ kind: 'request-bills', consumerNumber: typed }],
      );
    }
    case 'bills': {
      const bill =
        input.kind === 'choice' ? screen.bills.find((b) => `bill:${b.billNumber}` === input.id) : undefined;
      if (bill) return turn(language, { kind: 'bill', bill }, billDetails(bill, context));
      return turn(language, screen, [billsList(screen.bills, context, t('reprompt.needChoice'))]);
    }
    case 'bill':
      if (input.kind === 'choice' && input.id === 'pay') {
        return turn(
          language,
          { kind: 'menu' },
          [],
          [{ kind: 'request-payment-link', billNumber: screen.bill.billNumber }],
        );
      }
      return turn(language, screen, billDetails(screen.bill, context, t('reprompt.needChoice')));
    case 'bills-waiting':
    case 'receipts-waiting':
      // The answer is on its way; a message meanwhile is answered when it comes.
      return turn(language, screen, []);
  }
}

/**
 * bill-payment's answers. Bills and receipts are shown only if the citizen is still waiting for them (they may
 * have moved on); a payment link is always sent, since the citizen asked for it.
 */
export function billingReply(screen: Screen, reply: BillingReply, context: Context): Turn | null {
  const { t, language } = context;
  switch (reply.type) {
    case 'billing.bills-listed': {
      if (screen.kind !== 'bills-waiting') return null;
      const { bills, reason } = reply.value;
      if (bills.length > 0) return turn(language, { kind: 'bills', bills }, [billsList(bills, context)]);
      if (reason === 'NO_LINKED_CONNECTIONS')
        return turn(language, { kind: 'consumer-number' }, [text(t('bills.askConsumer'))]);
      if (reason === 'NOT_LINKED' || reason === 'UNKNOWN_CONSUMER') {
        const key = reason === 'NOT_LINKED' ? 'bills.notLinked' : 'bills.unknownConsumer';
        return turn(language, { kind: 'consumer-number' }, [
          text(t(key, { consumer: screen.consumerNumber ?? '' })),
        ]);
      }
      return turn(language, { kind: 'menu' }, [text(t('bills.allPaid'))]);
    }
    case 'billing.payment-link-created': {
      const { amountPaise, billNumber, url, expiresAt } = reply.value;
      const expires = new Date(expiresAt).toLocaleTimeString(`${language}-IN`, {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Asia/Kolkata',
      });
      return turn(language, screen, [
        text(t('payment.link', { amount: formatAmount(amountPaise), number: billNumber, url, expires })),
      ]);
    }
    case 'billing.payment-link-refused':
      return turn(language, screen, [
        text(t('payment.refused', { reason: t(`payment.refusal.${reply.value.reason}`) })),
      ]);
    case 'billing.receipts-listed': {
      if (screen.kind !== 'receipts-waiting') return null;
      const { receipts } = reply.value;
      if (receipts.length === 0) return turn(language, { kind: 'menu' }, [text(t('receipts.none'))]);
      const lines = receipts
        .map((receipt) =>
          t('receipts.line', {
            number: receipt.receiptNumber,
            amount: formatAmount(receipt.amountPaise),
            date: formatDate(receipt.paidAt, language),
            url: receipt.url,
          }),
        )
        .join('\n\n');
      return turn(language, { kind: 'menu' }, [text(t('receipts.list', { lines }))]);
    }
  }
}
