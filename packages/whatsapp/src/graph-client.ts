import { type Dispatcher, request } from 'undici';
import { MediaTooLargeError } from './errors.js';
import { CALLBACK_DATA_MAX, codePointLength } from './limits.js';
import type { OutboundMessage } from './outbound-types.js';
import { classifySendError, SendError } from './send-errors.js';

export interface GraphApiClientOptions {
  /** `https://graph.facebook.com`, or the simulator's address in development and tests. */
  baseUrl: string;
  /** Graph API version, such as `v21.0`. */
  version: string;
  /** Used when a call does not bring its own token. */
  accessToken: string;
  /**
   * How long a request waits for the answer's headers, and at most between two chunks of its body; 10 seconds
   * when not set. undici checks these timers about once a second, so a timeout may end up to a second late.
   */
  timeoutMs?: number;
}

/** Per-call settings: each business number can belong to a different app with its own token. */
export interface GraphCallOptions {
  accessToken?: string;
  timeoutMs?: number;
}

export interface SendOptions extends GraphCallOptions {
  /**
   * Sent as biz_opaque_callback_data, which every status webhook of the message echoes. Data over Meta's
   * limit (512 characters) is left out rather than failing the send: statuses then carry none.
   */
  callbackData?: string;
}

export interface MediaInfo {
  /** Short-lived (about five minutes) and only downloadable with the access token. */
  url: string;
  mimeType: string;
  sha256: string | null;
  fileSize: number | null;
}

const defaultTimeoutMs = 10_000;

/** Stops reading a body; undici reports the abandoned read as an error, which nobody is waiting for. */
function abandon(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

/**
 * The few Graph API calls the platform makes. Every failure is a SendError: Meta's error responses are classified
 * by classifySendError, and a request that got no answer (network failure, timeout) is a retryable 'server' error
 * with httpStatus 0. A send that timed out may still have reached the citizen; the Cloud API has no idempotency key.
 */
export class GraphApiClient {
  private readonly apiUrl: string;

  constructor(private readonly options: GraphApiClientOptions) {
    this.apiUrl = `${options.baseUrl.replace(/\/+$/, '')}/${options.version}`;
  }

  async sendMessage(
    phoneNumberId: string,
    to: string,
    message: OutboundMessage,
    { callbackData, ...call }: SendOptions = {},
  ): Promise<{ messageId: string }> {
    const body = JSON.stringify({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to,
      ...message,
      ...(callbackData === undefined || codePointLength(callbackData) > CALLBACK_DATA_MAX
        ? {}
        : { biz_opaque_callback_data: callbackData }),
    });
    const response = (await this.request(
      `${this.apiUrl}/${encodeURIComponent(phoneNumberId)}/messages`,
      { method: 'POST', body, headers: { 'content-type': 'application/json' } },
      call,
      (res) => res.body.json(),
    )) as { messages?: Array<{ id?: unknown }> };
    const messageId = response.messages?.[0]?.id;
    if (typeof messageId !== 'string') {
      // Accepted but unidentifiable: sending again could deliver the message twice.
      throw new SendError(
        'WhatsApp API accepted the message without returning its id',
        'unknown',
        false,
        undefined,
        200,
      );
    }
    return { messageId };
  }

  async getMedia(mediaId: string, call: GraphCallOptions = {}): Promise<MediaInfo> {
    const media = (await this.request(
      `${this.apiUrl}/${encodeURIComponent(mediaId)}`,
      { method: 'GET' },
      call,
      (res) => res.body.json(),
    )) as { url?: unknown; mime_type?: unknown; sha256?: unknown; file_size?: unknown };
    if (typeof media.url !== 'string' || typeof media.mime_type !== 'string') {
      throw new SendError(
        `WhatsApp API returned no url for media ${mediaId}`,
        'unknown',
        false,
        undefined,
        200,
      );
    }
    // file_size arrives as a string in some API versions and as a number in others.
    const fileSize = Number(media.file_size);
    return {
      url: media.url,
      mimeType: media.mime_type,
      sha256: typeof media.sha256 === 'string' ? media.sha256 : null,
      fileSize: media.file_size !== undefined && Number.isSafeInteger(fileSize) ? fileSize : null,
    };
  }

  /**
   * Downloads a URL returned by getMedia (the token is sent along, so pass no other URL). The body is read as a
   * stream and abandoned as soon as it passes `maxBytes`, so an oversized file never sits whole in memory.
   */
  async downloadMedia(url: string, maxBytes: number, call: GraphCallOptions = {}): Promise<Buffer> {
    return this.request(url, { method: 'GET' }, call, async ({ headers, body }) => {
      if (Number(headers['content-length']) > maxBytes) {
        abandon(body);
        throw new MediaTooLargeError(maxBytes);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of body as AsyncIterable<Buffer>) {
        size += chunk.byteLength;
        if (size > maxBytes) {
          abandon(body);
          throw new MediaTooLargeError(maxBytes);
        }
        chunks.push(chunk);
      }
      return Buffer.concat(chunks, size);
    });
  }

  /**
   * One call through undici's request API rather than fetch: the WHATWG streams and objects behind fetch cost
   * about three times the CPU per call, and notification makes one call per message it sends.
   */
  private async request<T>(
    url: string,
    init: { method: 'GET' | 'POST'; body?: string; headers?: Record<string, string> },
    call: GraphCallOptions,
    read: (response: Dispatcher.ResponseData) => Promise<T>,
  ): Promise<T> {
    let status = 0;
    const timeoutMs = call.timeoutMs ?? this.options.timeoutMs ?? defaultTimeoutMs;
    try {
      const response = await request(url, {
        ...init,
        headers: { ...init.headers, authorization: `Bearer ${call.accessToken ?? this.options.accessToken}` },
        // undici's own timeouts cost far less per call than a timeout signal.
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      status = response.statusCode;
      if (status < 200 || status > 299) {
        throw classifySendError(status, await response.body.json().catch(() => undefined));
      }
      return await read(response);
    } catch (error) {
      if (error instanceof SendError || error instanceof MediaTooLargeError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new SendError(`WhatsApp API request failed: ${reason}`, 'server', true, undefined, status, {
        cause: error,
      });
    }
  }
}
