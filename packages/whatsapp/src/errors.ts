/** The webhook body is not shaped like anything Meta sends; the HTTP handler answers 400. */
export class WebhookPayloadError extends Error {
  constructor(readonly reason: string) {
    super(`invalid WhatsApp webhook payload: ${reason}`);
    this.name = 'WebhookPayloadError';
  }
}

/** A message builder was given more than the Cloud API accepts; Meta would reject the send with code 100/131009. */
export class MessageLimitError extends Error {
  constructor(
    readonly field: string,
    readonly limit: number,
    readonly actual: number,
    unit: 'characters' | 'items',
  ) {
    super(`${field} must have 1 to ${limit} ${unit}, got ${actual}`);
    this.name = 'MessageLimitError';
  }
}

/** A media file is larger than the caller agreed to hold in memory. */
export class MediaTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`media is larger than ${maxBytes} bytes`);
    this.name = 'MediaTooLargeError';
  }
}
