import { createHmac, timingSafeEqual } from 'node:crypto';

export interface ReceiptLink {
  readonly url: string;
  readonly expiresAt: Date;
}

/**
 * Signed, expiring links to receipt PDFs: `/receipts/<number>?expires=<unix seconds>&sig=<hex HMAC-SHA256 of
 * "<number>.<expires>">`. WhatsApp fetches a document message's link without any credentials, so the link
 * itself is the permission, and only for a while.
 */
export class ReceiptLinks {
  constructor(private readonly settings: { secret: string; publicUrl: string; ttlHours: number }) {}

  issue(receiptNumber: string, now: Date): ReceiptLink {
    const expires = Math.floor(now.getTime() / 1000) + this.settings.ttlHours * 3600;
    const base = this.settings.publicUrl.replace(/\/+$/, '');
    return {
      url: `${base}/receipts/${encodeURIComponent(receiptNumber)}?expires=${expires}&sig=${this.sign(receiptNumber, expires)}`,
      expiresAt: new Date(expires * 1000),
    };
  }

  /** True for a link this service signed for this receipt that has not expired yet. */
  verify(receiptNumber: string, expires: number, signature: string, now: Date): boolean {
    if (!/^[0-9a-f]{64}$/.test(signature) || expires * 1000 <= now.getTime()) return false;
    return timingSafeEqual(
      Buffer.from(this.sign(receiptNumber, expires), 'hex'),
      Buffer.from(signature, 'hex'),
    );
  }

  private sign(receiptNumber: string, expires: number): string {
    return createHmac('sha256', this.settings.secret).update(`${receiptNumber}.${expires}`).digest('hex');
  }
}
