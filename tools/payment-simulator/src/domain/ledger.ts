import { randomInt } from 'node:crypto';
import type {
  LinkStatus,
  OrderEntity,
  PaymentEntity,
  PaymentLinkEntity,
  PaymentStatus,
} from './provider-entities.js';
import { providerId } from './provider-id.js';

export interface NewLink {
  amount: number;
  currency: string;
  reference_id?: string;
  description?: string;
  expire_by?: number;
  customer?: PaymentLinkEntity['customer'];
  notify?: Partial<PaymentLinkEntity['notify']>;
  reminder_enable?: boolean;
  notes?: Record<string, string>;
  callback_url?: string;
  callback_method?: string;
}

export class LedgerError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'LedgerError';
  }
}

/** A settled attempt: what a webhook reports. */
export interface Attempt {
  readonly link: PaymentLinkEntity;
  readonly order: OrderEntity;
  readonly payment: PaymentEntity;
}

const sixMonths = 183 * 24 * 60 * 60;
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** The provider's books, in memory: links, their orders, and the payments made on them. */
export class Ledger {
  private readonly links = new Map<string, PaymentLinkEntity>();
  private readonly orders = new Map<string, OrderEntity>();
  private readonly payments = new Map<string, PaymentEntity>();

  constructor(private readonly publicUrl: string) {}

  createLink(input: NewLink, now: Date): PaymentLinkEntity {
    const at = seconds(now);
    if (input.reference_id !== undefined && this.byReference(input.reference_id).length > 0)
      throw new LedgerError('Payment Link with this reference_id already exists', 'reference_id');
    if (input.expire_by !== undefined && (input.expire_by <= at || input.expire_by > at + sixMonths))
      throw new LedgerError('expire_by should be in the future and at most six months away', 'expire_by');
    const id = providerId('plink');
    const link: PaymentLinkEntity = {
      id,
      accept_partial: false,
      amount: input.amount,
      amount_paid: 0,
      callback_method: input.callback_method ?? '',
      callback_url: input.callback_url ?? '',
      cancelled_at: 0,
      created_at: at,
      currency: input.currency,
      customer: input.customer ?? {},
      description: input.description ?? '',
      expire_by: input.expire_by ?? at + sixMonths,
      expired_at: 0,
      first_min_partial_amount: 0,
      notes: input.notes ?? {},
      notify: { sms: input.notify?.sms ?? false, email: input.notify?.email ?? false },
      order_id: '',
      payments: null,
      reference_id: input.reference_id ?? '',
      reminder_enable: input.reminder_enable ?? false,
      reminders: [],
      short_url: `${this.publicUrl}/pay/${id}`,
      status: 'created',
      updated_at: at,
      upi_link: false,
      user_id: '',
    };
    this.links.set(id, link);
    return structuredClone(link);
  }

  /** The link as it stands at `now`: an unpaid link past its expire_by has expired. */
  link(id: string, now: Date): PaymentLinkEntity | undefined {
    const link = this.links.get(id);
    if (!link) return undefined;
    if (link.status === 'created' && link.expire_by <= seconds(now)) {
      link.status = 'expired';
      link.expired_at = link.expire_by;
    }
    return structuredClone(link);
  }

  byReference(referenceId: string): PaymentLinkEntity[] {
    return [...this.links.values()]
      .filter((link) => link.reference_id === referenceId)
      .map((link) => structuredClone(link));
  }

  payment(id: string): PaymentEntity | undefined {
    const payment = this.payments.get(id);
    return payment && structuredClone(payment);
  }

  allLinks(now: Date): PaymentLinkEntity[] {
    return [...this.links.keys()].map((id) => this.link(id, now)!);
  }

  /**
   * A payment attempt on a payable link: captured (the link is then paid) or failed (the link stays payable,
   * as a declined card leaves a real one). `amountDelta` makes the captured amount differ from the link's.
   */
  attempt(linkId: string, outcome: 'captured' | 'failed', now: Date, amountDelta = 0): Attempt {
    const at = seconds(now);
    this.link(linkId, now);
    const link = this.links.get(linkId);
    if (!link) throw new LedgerError(`no payment link ${linkId}`);
    if (link.status !== 'created') throw new LedgerError(`the payment link is ${link.status}`);
    let order = link.order_id ? this.orders.get(link.order_id) : undefined;
    if (!order) {
      order = {
        id: providerId('order'),
        entity: 'order',
        amount: link.amount,
        amount_paid: 0,
        amount_due: link.amount,
        currency: link.currency,
        receipt: link.reference_id,
        status: 'created',
        attempts: 0,
        notes: link.notes,
        created_at: at,
      };
      this.orders.set(order.id, order);
      link.order_id = order.id;
    }
    const captured = outcome === 'captured';
    const amount = link.amount + (captured ? amountDelta : 0);
    const fee = captured ? Math.round(amount * 0.02) : 0;
    const payment: PaymentEntity = {
      id: providerId('pay'),
      entity: 'payment',
      amount,
      currency: link.currency,
      status: outcome,
      order_id: order.id,
      invoice_id: null,
      international: false,
      method: 'upi',
      amount_refunded: 0,
      refund_status: null,
      captured,
      description: link.description,
      card_id: null,
      bank: null,
      wallet: null,
      vpa: 'citizen@upi',
      email: link.customer.email ?? 'void@razorpay.com',
      contact: link.customer.contact ?? '+919000090000',
      notes: link.notes,
      fee,
      tax: Math.round(fee * 0.18),
      error_code: captured ? null : 'BAD_REQUEST_ERROR',
      error_description: captured ? null : 'Payment was declined by the bank.',
      error_source: captured ? null : 'bank',
      error_step: captured ? null : 'payment_authorization',
      error_reason: captured ? null : 'payment_declined',
      acquirer_data: { rrn: captured ? String(randomInt(100_000_000_000, 999_999_999_999)) : null },
      created_at: at,
    };
    this.payments.set(payment.id, payment);
    order.attempts += 1;
    order.status = captured ? 'paid' : 'attempted';
    if (captured) {
      order.amount_paid = amount;
      order.amount_due = 0;
    }
    const entry = {
      amount,
      created_at: at,
      method: payment.method,
      payment_id: payment.id,
      plink_id: link.id,
      status: outcome as PaymentStatus,
      updated_at: at,
    };
    link.payments = [...(link.payments ?? []), entry];
    if (captured) {
      link.status = 'paid' satisfies LinkStatus;
      link.amount_paid = amount;
    }
    link.updated_at = at;
    return {
      link: structuredClone(link),
      order: structuredClone(order),
      payment: structuredClone(payment),
    };
  }

  clear(): void {
    this.links.clear();
    this.orders.clear();
    this.payments.clear();
  }
}
